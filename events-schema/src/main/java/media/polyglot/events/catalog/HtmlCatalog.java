package media.polyglot.events.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import media.polyglot.events.Bus;
import media.polyglot.events.EventContract;
import media.polyglot.events.EventContracts;
import media.polyglot.events.EventJson;
import media.polyglot.events.EventType;
import media.polyglot.events.SchemaResources;

/**
 * The browsable catalog: one static HTML page, no server needed. Each event with its versions, and
 * for each version its detail-type, producer and source, consumers, description, schema and example,
 * with links to the raw files beside the page.
 */
public final class HtmlCatalog {

    private HtmlCatalog() {
    }

    /** The page, for library version {@code version}. */
    public static String render(String version) {
        Map<String, List<EventContract>> byEvent = new LinkedHashMap<>();
        EventContracts.all().forEach(c -> byEvent.computeIfAbsent(c.type().name(), n -> new ArrayList<>()).add(c));
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Polyglot Media events</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;line-height:1.4}")
                .append("pre{background:#f5f5f5;padding:.75rem;overflow:auto;font-size:.85rem}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}")
                .append("section{border-top:2px solid #333;margin-top:2rem}.deprecated{color:#a40}")
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>Polyglot Media events</h1>\n<p>Every event on the EventBridge bus <code>").append(Bus.NAME)
                .append("</code>, contracts version ").append(escape(version))
                .append(". Each major version has its own detail-type. The machine-readable description is ")
                .append("<a href=\"asyncapi.json\">asyncapi.json</a> (AsyncAPI 3.0).</p>\n");
        index(html, byEvent);
        byEvent.forEach((name, versions) -> event(html, name, versions));
        return html.append("</body>\n</html>\n").toString();
    }

    private static void index(StringBuilder html, Map<String, List<EventContract>> byEvent) {
        html.append("<table>\n<tr><th>event</th><th>versions (detail-types)</th><th>producer</th><th>consumers</th></tr>\n");
        byEvent.forEach((name, versions) -> {
            EventContract newest = versions.get(versions.size() - 1);
            html.append("<tr><td><a href=\"#").append(name).append("\">").append(name).append("</a></td><td>");
            versions.forEach(c -> html.append("<a href=\"#").append(anchor(c.type())).append("\">")
                    .append(c.type().detailType()).append("</a> "));
            html.append("</td><td>").append(escape(newest.producer().context())).append("</td><td>")
                    .append(escape(String.join(", ", newest.consumers()))).append("</td></tr>\n");
        });
        html.append("</table>\n");
    }

    private static void event(StringBuilder html, String name, List<EventContract> versions) {
        html.append("<section id=\"").append(name).append("\">\n<h2>").append(name).append("</h2>\n");
        for (EventContract contract : versions) {
            EventType type = contract.type();
            html.append("<h3 id=\"").append(anchor(type)).append("\">").append(type);
            EventContracts.supersededBy(type).ifPresent(newer -> html.append(" <span class=\"deprecated\">(superseded by ")
                    .append(newer).append("; still emitted while it has subscribers)</span>"));
            html.append("</h3>\n<table>\n");
            row(html, "detail-type", "<code>" + escape(type.detailType()) + "</code>");
            row(html, "producer", escape(contract.producer().context()) + ", source <code>"
                    + escape(contract.producer().source()) + "</code>");
            row(html, "consumers", escape(String.join(", ", contract.consumers())));
            row(html, "files", "<a href=\"" + type.schemaResource() + "\">schema</a>, <a href=\""
                    + type.exampleResource() + "\">example</a>");
            html.append("</table>\n<p>").append(escape(SchemaResources.schema(type).path("description").asText()))
                    .append("</p>\n<h4>Schema of the data</h4>\n<pre>").append(escape(pretty(SchemaResources.schema(type))))
                    .append("</pre>\n<h4>Example detail</h4>\n<pre>").append(escape(pretty(SchemaResources.example(type))))
                    .append("</pre>\n");
        }
        html.append("</section>\n");
    }

    private static void row(StringBuilder html, String name, String valueHtml) {
        html.append("<tr><th>").append(name).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }

    private static String anchor(EventType type) {
        return type.name() + "-v" + type.majorVersion();
    }

    private static String pretty(JsonNode json) {
        try {
            return EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot print " + json, e);
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

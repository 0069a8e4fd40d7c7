package media.polyglot.events.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import media.polyglot.events.Bus;
import media.polyglot.events.EventContract;
import media.polyglot.events.EventContracts;
import media.polyglot.events.EventJson;
import media.polyglot.events.SchemaResources;

/**
 * The AsyncAPI 3.0 document of the bus: one channel per detail-type (so each major version is its
 * own channel), one message per schema with its example, and a send operation for the producer and
 * a receive operation per consumer, as DESIGN.md's choreography table has them.
 */
public final class AsyncApiDocument {

    /** Our schemas are embedded as draft-07, a format every AsyncAPI tool must support. */
    static final String SCHEMA_FORMAT = "application/schema+json;version=draft-07";

    private AsyncApiDocument() {
    }

    /** The document for every contract, stamped with {@code version} (the library's). */
    public static ObjectNode build(String version) {
        ObjectNode document = EventJson.mapper().createObjectNode();
        document.put("asyncapi", "3.0.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "Polyglot Media event bus");
        info.put("version", version);
        info.put("description", "The events on the EventBridge bus `" + Bus.NAME + "`: each channel is a detail-type, "
                + "each message the event's detail (metadata and data). Bodies travel by reference (claim check).");
        document.put("defaultContentType", "application/json");
        ObjectNode server = document.putObject("servers").putObject("eventbridge");
        server.put("host", "events.{region}.amazonaws.com");
        server.put("protocol", "https");
        server.put("description", "Amazon EventBridge: put events on bus `" + Bus.NAME + "` with PutEvents; "
                + "subscribe with a rule on its detail-type.");
        server.putObject("variables").putObject("region").put("default", "us-east-1");
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode messages = document.putObject("components").putObject("messages");
        for (EventContract contract : EventContracts.all()) {
            String key = contract.type().detailType();
            messages.set(key, message(contract));
            ObjectNode channel = channels.putObject(key);
            channel.put("address", key);
            channel.put("title", contract.type().toString());
            channel.put("description", "Events with detail-type `" + key + "`.");
            channel.putObject("messages").putObject(key).put("$ref", "#/components/messages/" + key);
            operations.set(key + ".send", operation("send", key, contract.producer().context() + " ("
                    + contract.producer().source() + ") emits " + contract.type()));
            for (String consumer : contract.consumers()) {
                operations.set(key + ".receive." + slug(consumer),
                        operation("receive", key, consumer + " consumes " + contract.type()));
            }
        }
        return document;
    }

    private static ObjectNode message(EventContract contract) {
        ObjectNode message = EventJson.mapper().createObjectNode();
        message.put("name", contract.type().detailType());
        message.put("title", contract.type().toString());
        message.put("summary", "Producer: " + contract.producer().context() + " (source " + contract.producer().source()
                + "). Consumers: " + String.join(", ", contract.consumers()) + ".");
        message.put("description", SchemaResources.schema(contract.type()).path("description").asText());
        message.put("contentType", "application/json");
        if (EventContracts.supersededBy(contract.type()).isPresent()) {
            message.put("deprecated", true);
        }
        ObjectNode payload = message.putObject("payload");
        payload.put("schemaFormat", SCHEMA_FORMAT);
        payload.set("schema", EventDetailSchema.of(contract.type()));
        ObjectNode example = message.putArray("examples").addObject();
        example.put("name", contract.type().detailType() + "-example");
        example.set("payload", SchemaResources.example(contract.type()));
        return message;
    }

    private static ObjectNode operation(String action, String channel, String title) {
        ObjectNode operation = EventJson.mapper().createObjectNode();
        operation.put("action", action);
        operation.put("title", title);
        operation.putObject("channel").put("$ref", "#/channels/" + channel);
        operation.putArray("messages").addObject().put("$ref", "#/channels/" + channel + "/messages/" + channel);
        return operation;
    }

    /** {@code translation vendors (partners, and the sandbox vendor)} becomes {@code translation-vendors}. */
    static String slug(String consumer) {
        String words = consumer.replaceAll("\\(.*", "").trim();
        return List.of(words.split("[^A-Za-z0-9]+")).stream().map(String::toLowerCase)
                .reduce((a, b) -> a + "-" + b).orElse(words);
    }
}

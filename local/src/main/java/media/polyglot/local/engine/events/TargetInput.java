package media.polyglot.local.engine.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.Map;

/** What a target receives: the matched event, a constant, a part of the event, or a transformed text. */
public sealed interface TargetInput {

    String render(ObjectNode event, Rule rule);

    /** The whole event, as EventBridge sends it by default. */
    record WholeEvent() implements TargetInput {
        @Override
        public String render(ObjectNode event, Rule rule) {
            return event.toString();
        }
    }

    /** {@code Input}: a constant JSON text, whatever the event. */
    record Constant(String json) implements TargetInput {
        @Override
        public String render(ObjectNode event, Rule rule) {
            return json;
        }
    }

    /** {@code InputPath}: the part of the event at a JSON path. */
    record Path(JsonPath path) implements TargetInput {
        @Override
        public String render(ObjectNode event, Rule rule) {
            JsonNode value = path.read(event);
            return value == null ? "null" : value.toString();
        }
    }

    /** {@code InputTransformer}: variables read by path, filled into a template. */
    record Transformer(Map<String, JsonPath> paths, String template) implements TargetInput {

        public Transformer {
            paths = Map.copyOf(paths);
            paths.keySet().stream().filter(name -> name.startsWith("aws.")).findFirst().ifPresent(name -> {
                throw new InvalidTargetException("InputPathsMap variable " + name + " is reserved: names may not start"
                        + " with aws.");
            });
        }

        @Override
        public String render(ObjectNode event, Rule rule) {
            Map<String, JsonNode> values = new HashMap<>();
            paths.forEach((name, path) -> values.put(name, path.read(event)));
            values.put("aws.events.rule-arn", TextNode.valueOf(rule.arn()));
            values.put("aws.events.rule-name", TextNode.valueOf(rule.name()));
            values.put("aws.events.event.ingestion-time", event.get("time"));
            values.put("aws.events.event.json", event);
            values.put("aws.events.event", event.deepCopy().without("detail"));
            return InputTemplate.fill(template, values);
        }
    }
}

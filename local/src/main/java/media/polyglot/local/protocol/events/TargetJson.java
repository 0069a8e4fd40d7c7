package media.polyglot.local.protocol.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import media.polyglot.local.engine.events.InvalidTargetException;
import media.polyglot.local.engine.events.JsonPath;
import media.polyglot.local.engine.events.Target;
import media.polyglot.local.engine.events.TargetInput;

/**
 * A rule target in EventBridge's JSON shape, which PutTargets and CloudFormation's
 * {@code AWS::Events::Rule} Targets share: Id, Arn, Input / InputPath / InputTransformer,
 * SqsParameters, DeadLetterConfig, RetryPolicy.
 */
public final class TargetJson {

    private TargetJson() {
    }

    public static Target read(JsonNode target) {
        String id = text(target, "Id");
        if (id == null || target.path("Arn").asText("").isEmpty()) {
            throw new InvalidTargetException("a target needs an Id and an Arn: " + target);
        }
        JsonNode retry = target.path("RetryPolicy");
        return new Target(id, target.path("Arn").asText(), input(target),
                text(target.path("SqsParameters"), "MessageGroupId"),
                text(target.path("DeadLetterConfig"), "Arn"),
                retry.path("MaximumRetryAttempts").asInt(Target.DEFAULT_MAX_ATTEMPTS),
                retry.has("MaximumEventAgeInSeconds")
                        ? Duration.ofSeconds(retry.path("MaximumEventAgeInSeconds").asLong()) : null);
    }

    public static ObjectNode write(Target target, ObjectNode into) {
        into.put("Id", target.id()).put("Arn", target.arn());
        if (target.input() instanceof TargetInput.Constant constant) {
            into.put("Input", constant.json());
        } else if (target.input() instanceof TargetInput.Path path) {
            into.put("InputPath", path.path().expression());
        } else if (target.input() instanceof TargetInput.Transformer transformer) {
            ObjectNode node = into.putObject("InputTransformer");
            ObjectNode paths = node.putObject("InputPathsMap");
            transformer.paths().forEach((name, path) -> paths.put(name, path.expression()));
            node.put("InputTemplate", transformer.template());
        }
        if (target.messageGroupId() != null) {
            into.putObject("SqsParameters").put("MessageGroupId", target.messageGroupId());
        }
        if (target.deadLetterArn() != null) {
            into.putObject("DeadLetterConfig").put("Arn", target.deadLetterArn());
        }
        into.putObject("RetryPolicy").put("MaximumRetryAttempts", target.maxAttempts())
                .put("MaximumEventAgeInSeconds", target.maxEventAge().toSeconds());
        return into;
    }

    private static TargetInput input(JsonNode target) {
        int given = (target.has("Input") ? 1 : 0) + (target.has("InputPath") ? 1 : 0)
                + (target.has("InputTransformer") ? 1 : 0);
        if (given > 1) {
            throw new InvalidTargetException("target " + target.path("Id").asText()
                    + ": only one of Input, InputPath and InputTransformer may be given");
        }
        if (target.has("Input")) {
            return new TargetInput.Constant(target.path("Input").asText());
        }
        if (target.has("InputPath")) {
            return new TargetInput.Path(JsonPath.parse(target.path("InputPath").asText()));
        }
        if (target.has("InputTransformer")) {
            JsonNode transformer = target.path("InputTransformer");
            Map<String, JsonPath> paths = new HashMap<>();
            transformer.path("InputPathsMap").fields()
                    .forEachRemaining(path -> paths.put(path.getKey(), JsonPath.parse(path.getValue().asText())));
            return new TargetInput.Transformer(paths, transformer.path("InputTemplate").asText());
        }
        return new TargetInput.WholeEvent();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

package media.polyglot.local.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves CloudFormation's intrinsic functions in a property value: Ref (resources and pseudo
 * parameters), Fn::GetAtt, Fn::Join, Fn::Sub, Fn::Select and Fn::Split. Anything else fails
 * naming the function, so a template the runtime cannot read fails at start-up, not later.
 */
public final class Intrinsics {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String stackName;
    private final String region;
    private final String accountId;
    private final References references;

    public Intrinsics(String stackName, String region, String accountId, References references) {
        this.stackName = stackName;
        this.region = region;
        this.accountId = accountId;
        this.references = references;
    }

    /** The value with every intrinsic replaced by what it resolves to. */
    public JsonNode resolve(JsonNode value) {
        if (value.isArray()) {
            ArrayNode resolved = NODES.arrayNode();
            value.forEach(item -> resolved.add(resolve(item)));
            return resolved;
        }
        if (!value.isObject()) {
            return value;
        }
        if (value.size() == 1) {
            String key = value.fieldNames().next();
            if (key.equals("Ref") || key.startsWith("Fn::")) {
                return function(key, value.get(key));
            }
        }
        ObjectNode resolved = NODES.objectNode();
        value.fields().forEachRemaining(field -> resolved.set(field.getKey(), resolve(field.getValue())));
        return resolved;
    }

    /** The value resolved to text; a structure where text is expected is an error. */
    public String resolveText(JsonNode value, String where) {
        JsonNode resolved = resolve(value);
        if (!resolved.isValueNode() || resolved.isNull()) {
            throw new TemplateException(where + ": expected a string, found " + resolved);
        }
        return resolved.asText();
    }

    private JsonNode function(String name, JsonNode argument) {
        return switch (name) {
            case "Ref" -> TextNode.valueOf(ref(argument.asText()));
            case "Fn::GetAtt" -> TextNode.valueOf(getAtt(argument));
            case "Fn::Join" -> TextNode.valueOf(join(argument));
            case "Fn::Sub" -> TextNode.valueOf(sub(argument));
            case "Fn::Select" -> select(argument);
            case "Fn::Split" -> split(argument);
            default -> throw new TemplateException("intrinsic function " + name + " is not supported by the local runtime");
        };
    }

    private String ref(String name) {
        return switch (name) {
            case "AWS::Region" -> region;
            case "AWS::AccountId" -> accountId;
            case "AWS::Partition" -> "aws";
            case "AWS::URLSuffix" -> "amazonaws.com";
            case "AWS::StackName" -> stackName;
            case "AWS::NoValue" -> throw new TemplateException("AWS::NoValue outside Fn::If is not supported");
            default -> references.ref(name);
        };
    }

    private String getAtt(JsonNode argument) {
        if (argument.isTextual()) {
            String[] parts = argument.asText().split("\\.", 2);
            return references.attribute(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return references.attribute(argument.get(0).asText(), resolve(argument.get(1)).asText());
    }

    private String join(JsonNode argument) {
        String delimiter = argument.get(0).asText();
        List<String> parts = new ArrayList<>();
        resolve(argument.get(1)).forEach(part -> parts.add(part.asText()));
        return String.join(delimiter, parts);
    }

    private String sub(JsonNode argument) {
        String template = argument.isArray() ? argument.get(0).asText() : argument.asText();
        Map<String, String> variables = new HashMap<>();
        if (argument.isArray() && argument.size() > 1) {
            Iterator<Map.Entry<String, JsonNode>> fields = argument.get(1).fields();
            fields.forEachRemaining(f -> variables.put(f.getKey(), resolve(f.getValue()).asText()));
        }
        Matcher matcher = SUB_VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1);
            String value = variables.containsKey(variable) ? variables.get(variable) : subReference(variable);
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        // ${!Literal} escapes a dollar-brace in Fn::Sub.
        return out.toString().replace("${!", "${");
    }

    private String subReference(String variable) {
        int dot = variable.indexOf('.');
        if (dot > 0 && !variable.startsWith("AWS::")) {
            return references.attribute(variable.substring(0, dot), variable.substring(dot + 1));
        }
        return ref(variable);
    }

    private JsonNode select(JsonNode argument) {
        int index = resolve(argument.get(0)).asInt();
        JsonNode list = resolve(argument.get(1));
        if (!list.isArray() || index < 0 || index >= list.size()) {
            throw new TemplateException("Fn::Select index " + index + " is outside " + list);
        }
        return list.get(index);
    }

    private JsonNode split(JsonNode argument) {
        String delimiter = argument.get(0).asText();
        ArrayNode parts = NODES.arrayNode();
        for (String part : resolve(argument.get(1)).asText().split(Pattern.quote(delimiter), -1)) {
            parts.add(part);
        }
        return parts;
    }
}

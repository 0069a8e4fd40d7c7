package media.polyglot.local.protocol.dynamodb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.ValidationException;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.AttributeValueJson;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * A request body (or a structure in it), read member by member: a member of the wrong JSON type is
 * a SerializationException, a missing required one a ValidationException worded as DynamoDB's.
 */
final class JsonInput {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode node;

    private JsonInput(JsonNode node) {
        this.node = node;
    }

    static JsonInput parse(byte[] body) {
        JsonNode node;
        try {
            node = body.length == 0 ? null : MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new SerializationException("The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SerializationException("The request body could not be read: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new SerializationException("The request body must be a JSON object");
        }
        return new JsonInput(node);
    }

    String requiredString(String member) {
        return require(member, string(member));
    }

    /** The member's text, or null when it is absent. */
    String string(String member) {
        JsonNode value = member(member);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(member, "a string", value);
        }
        return value.textValue();
    }

    boolean bool(String member, boolean absent) {
        JsonNode value = member(member);
        if (value == null) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw wrongType(member, "a boolean", value);
        }
        return value.booleanValue();
    }

    /** The member's integer value, or null when it is absent. */
    Integer integer(String member) {
        JsonNode value = member(member);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrongType(member, "an integer", value);
        }
        return value.intValue();
    }

    <E extends Enum<E>> E enumValue(String member, Class<E> type, E absent) {
        String value = string(member);
        if (value == null) {
            return absent;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("1 validation error detected: Value '" + value + "' at '" + camel(member)
                    + "' failed to satisfy constraint: Member must satisfy enum value set: "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    Item requiredItem(String member) {
        return require(member, item(member));
    }

    /** The member as an item of DynamoDB JSON, or null when it is absent. */
    Item item(String member) {
        JsonNode value = member(member);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw wrongType(member, "a map of attribute values", value);
        }
        return AttributeValueJson.readItem(value);
    }

    JsonInput requiredObject(String member) {
        return require(member, object(member));
    }

    /** The member as a structure, or null when it is absent. */
    JsonInput object(String member) {
        JsonNode value = member(member);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw wrongType(member, "a structure", value);
        }
        return new JsonInput(value);
    }

    /** The member's elements as structures; empty when it is absent. */
    List<JsonInput> objects(String member) {
        JsonNode value = member(member);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType(member, "a list", value);
        }
        List<JsonInput> elements = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isObject()) {
                throw wrongType(member + " element", "a structure", element);
            }
            elements.add(new JsonInput(element));
        }
        return elements;
    }

    /** The member's elements as strings; empty when it is absent. */
    static List<String> strings(JsonInput input, String member) {
        JsonNode value = input.member(member);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType(member, "a list", value);
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw wrongType(member + " element", "a string", element);
            }
            strings.add(element.textValue());
        }
        return strings;
    }

    /** The names of this structure's members, in the order sent (for maps such as RequestItems). */
    List<String> memberNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The member's elements as items of DynamoDB JSON; empty when it is absent. */
    List<Item> items(String member) {
        List<Item> items = new ArrayList<>();
        for (JsonInput element : objects(member)) {
            items.add(AttributeValueJson.readItem(element.node));
        }
        return items;
    }

    /** The member as sent, or null when it is absent. */
    JsonNode raw(String member) {
        return member(member);
    }

    boolean has(String member) {
        return member(member) != null;
    }

    ExpressionAttributes expressionAttributes() {
        Map<String, String> names = new HashMap<>();
        JsonInput namesInput = object("ExpressionAttributeNames");
        if (namesInput != null) {
            namesInput.node.fieldNames().forEachRemaining(name -> names.put(name, namesInput.requiredString(name)));
        }
        Item values = item("ExpressionAttributeValues");
        Map<String, AttributeValue> valueMap = values == null ? Map.of() : values.attributes();
        return new ExpressionAttributes(names, valueMap);
    }

    /** Refuses members the engine does not implement yet, rather than ignoring what they ask for. */
    void rejectUnsupported(String operation, String... members) {
        for (String member : members) {
            if (has(member)) {
                throw new ValidationException(member + " is not supported by the local DynamoDB engine's " + operation
                        + " yet; remove it from the request");
            }
        }
    }

    private JsonNode member(String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value;
    }

    private static <T> T require(String member, T value) {
        if (value == null) {
            throw new ValidationException("1 validation error detected: Value null at '" + camel(member)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    private static SerializationException wrongType(String member, String expected, JsonNode actual) {
        return new SerializationException("Expected " + member + " to be " + expected + " but got " + actual.getNodeType()
                + ": " + actual);
    }

    private static String camel(String member) {
        return Character.toLowerCase(member.charAt(0)) + member.substring(1);
    }
}

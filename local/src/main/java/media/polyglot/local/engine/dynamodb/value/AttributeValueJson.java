package media.polyglot.local.engine.dynamodb.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import media.polyglot.local.engine.dynamodb.ValidationException;

/**
 * DynamoDB JSON, the form of attribute values on the wire and in storage: {@code {"S":"x"}},
 * {@code {"N":"1"}}, {@code {"B":"<base64>"}}, {@code {"M":{...}}}, {@code {"SS":[...]}} and so on.
 */
public final class AttributeValueJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AttributeValueJson() {
    }

    public static Item readItem(JsonNode node) {
        if (!node.isObject()) {
            throw new ValidationException("Expected a map of attribute names to attribute values but got " + node);
        }
        LinkedHashMap<String, AttributeValue> attributes = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> attributes.put(field.getKey(), read(field.getValue())));
        return new Item(attributes);
    }

    public static ObjectNode writeItem(Item item) {
        ObjectNode node = NODES.objectNode();
        item.attributes().forEach((name, value) -> node.set(name, write(value)));
        return node;
    }

    /** The item as compact DynamoDB JSON text, the form the engine stores and answers in. */
    public static String itemToText(Item item) {
        return StoredItemJson.write(item);
    }

    /** An item from the text {@link #itemToText} wrote. */
    public static Item itemFromText(String text) {
        return StoredItemJson.read(text);
    }

    public static AttributeValue read(JsonNode node) {
        if (!node.isObject() || node.size() == 0) {
            throw new ValidationException(
                    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        if (node.size() > 1) {
            throw new ValidationException(
                    "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
        }
        Map.Entry<String, JsonNode> only = node.fields().next();
        String descriptor = only.getKey();
        JsonNode content = only.getValue();
        return switch (descriptor) {
            case "S" -> new StringValue(text(descriptor, content));
            case "N" -> new NumberValue(text(descriptor, content));
            case "B" -> new BinaryValue(bytes(descriptor, content));
            case "BOOL" -> new BooleanValue(bool(descriptor, content));
            case "NULL" -> nullValue(content);
            case "M" -> new MapValue(readItem(content).attributes());
            case "L" -> new ListValue(list(descriptor, content, AttributeValueJson::read));
            case "SS" -> new StringSetValue(list(descriptor, content, member -> text(descriptor, member)));
            case "NS" -> new NumberSetValue(list(descriptor, content, member -> text(descriptor, member)));
            case "BS" -> BinarySetValue.ofBytes(list(descriptor, content, member -> bytes(descriptor, member)));
            default -> throw new ValidationException("Supplied AttributeValue has an unknown data type: " + descriptor);
        };
    }

    public static JsonNode write(AttributeValue value) {
        ObjectNode node = NODES.objectNode();
        String descriptor = value.type().name();
        if (value instanceof StringValue s) {
            node.put(descriptor, s.value());
        } else if (value instanceof NumberValue n) {
            node.put(descriptor, n.value());
        } else if (value instanceof BinaryValue b) {
            node.put(descriptor, base64(b));
        } else if (value instanceof BooleanValue bool) {
            node.put(descriptor, bool.value());
        } else if (value instanceof NullValue) {
            node.put(descriptor, true);
        } else if (value instanceof MapValue m) {
            node.set(descriptor, writeItem(new Item(m.value())));
        } else if (value instanceof ListValue l) {
            node.set(descriptor, array(l.value(), AttributeValueJson::write));
        } else if (value instanceof StringSetValue ss) {
            node.set(descriptor, array(ss.value(), NODES::textNode));
        } else if (value instanceof NumberSetValue ns) {
            node.set(descriptor, array(ns.value(), NODES::textNode));
        } else if (value instanceof BinarySetValue bs) {
            node.set(descriptor, array(bs.members(), member -> NODES.textNode(base64(member))));
        }
        return node;
    }

    private static String base64(BinaryValue binary) {
        return Base64.getEncoder().encodeToString(binary.value());
    }

    private static String text(String descriptor, JsonNode content) {
        if (!content.isTextual()) {
            throw new ValidationException("Supplied AttributeValue " + descriptor + " must be a JSON string but was " + content);
        }
        return content.textValue();
    }

    private static byte[] bytes(String descriptor, JsonNode content) {
        try {
            return Base64.getDecoder().decode(text(descriptor, content));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("Supplied AttributeValue " + descriptor + " is not valid base64: " + content);
        }
    }

    private static boolean bool(String descriptor, JsonNode content) {
        if (!content.isBoolean()) {
            throw new ValidationException("Supplied AttributeValue " + descriptor + " must be true or false but was " + content);
        }
        return content.booleanValue();
    }

    private static AttributeValue nullValue(JsonNode content) {
        if (!bool("NULL", content)) {
            throw new ValidationException(
                    "One or more parameter values were invalid: Null attribute value types must have the value of true");
        }
        return NullValue.INSTANCE;
    }

    private static <T> List<T> list(String descriptor, JsonNode content, Function<JsonNode, T> member) {
        if (!content.isArray()) {
            throw new ValidationException("Supplied AttributeValue " + descriptor + " must be a JSON array but was " + content);
        }
        List<T> members = new ArrayList<>(content.size());
        for (Iterator<JsonNode> it = content.elements(); it.hasNext(); ) {
            members.add(member.apply(it.next()));
        }
        return members;
    }

    private static <T> ArrayNode array(List<T> members, Function<T, JsonNode> writer) {
        ArrayNode array = NODES.arrayNode(members.size());
        members.forEach(member -> array.add(writer.apply(member)));
        return array;
    }
}

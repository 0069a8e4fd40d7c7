package media.polyglot.local.engine.dynamodb.value;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Items as DynamoDB JSON text, read and written token by token: the engine stores every item so and
 * reads a Query's page of them back, where building a JSON tree first doubled the work. The text
 * is the engine's own (values already validated), so reading it checks only its shape.
 */
final class StoredItemJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private StoredItemJson() {
    }

    static String write(Item item) {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            writeAttributes(json, item.attributes());
        } catch (IOException e) {
            throw new IllegalStateException("an item could not be written as JSON", e);
        }
        return text.toString();
    }

    static Item read(String text) {
        try (JsonParser json = FACTORY.createParser(text)) {
            json.nextToken();
            return new Item(readAttributes(json));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Stored item is not valid DynamoDB JSON: " + text, e);
        }
    }

    private static void writeAttributes(JsonGenerator json, Map<String, AttributeValue> attributes) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, AttributeValue> attribute : attributes.entrySet()) {
            json.writeFieldName(attribute.getKey());
            writeValue(json, attribute.getValue());
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, AttributeValue value) throws IOException {
        json.writeStartObject();
        json.writeFieldName(value.type().name());
        if (value instanceof StringValue s) {
            json.writeString(s.value());
        } else if (value instanceof NumberValue n) {
            json.writeString(n.value());
        } else if (value instanceof BinaryValue b) {
            json.writeString(Base64.getEncoder().encodeToString(b.value()));
        } else if (value instanceof BooleanValue bool) {
            json.writeBoolean(bool.value());
        } else if (value instanceof NullValue) {
            json.writeBoolean(true);
        } else if (value instanceof MapValue m) {
            writeAttributes(json, m.value());
        } else if (value instanceof ListValue l) {
            json.writeStartArray();
            for (AttributeValue element : l.value()) {
                writeValue(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof StringSetValue ss) {
            writeStrings(json, ss.value());
        } else if (value instanceof NumberSetValue ns) {
            writeStrings(json, ns.value());
        } else if (value instanceof BinarySetValue bs) {
            json.writeStartArray();
            for (BinaryValue member : bs.members()) {
                json.writeString(Base64.getEncoder().encodeToString(member.value()));
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, List<String> strings) throws IOException {
        json.writeStartArray();
        for (String string : strings) {
            json.writeString(string);
        }
        json.writeEndArray();
    }

    /** From the START_OBJECT token the parser is on, to its END_OBJECT. */
    private static LinkedHashMap<String, AttributeValue> readAttributes(JsonParser json) throws IOException {
        expect(json, JsonToken.START_OBJECT);
        LinkedHashMap<String, AttributeValue> attributes = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            json.nextToken();
            attributes.put(name, readValue(json));
        }
        expect(json, JsonToken.END_OBJECT);
        return attributes;
    }

    private static AttributeValue readValue(JsonParser json) throws IOException {
        expect(json, JsonToken.START_OBJECT);
        json.nextToken();
        expect(json, JsonToken.FIELD_NAME);
        String descriptor = json.currentName();
        json.nextToken();
        AttributeValue value = switch (descriptor) {
            case "S" -> new StringValue(json.getText());
            case "N" -> new NumberValue(json.getText());
            case "B" -> new BinaryValue(Base64.getDecoder().decode(json.getText()));
            case "BOOL" -> new BooleanValue(json.getBooleanValue());
            case "NULL" -> NullValue.INSTANCE;
            case "M" -> new MapValue(readAttributes(json));
            case "L" -> new ListValue(readList(json));
            case "SS" -> new StringSetValue(readStrings(json));
            case "NS" -> new NumberSetValue(readStrings(json));
            case "BS" -> BinarySetValue.ofBytes(readStrings(json).stream().map(Base64.getDecoder()::decode).toList());
            default -> throw new IOException("unknown data type " + descriptor);
        };
        json.nextToken();
        expect(json, JsonToken.END_OBJECT);
        return value;
    }

    private static List<AttributeValue> readList(JsonParser json) throws IOException {
        expect(json, JsonToken.START_ARRAY);
        List<AttributeValue> elements = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            elements.add(readValue(json));
        }
        return elements;
    }

    private static List<String> readStrings(JsonParser json) throws IOException {
        expect(json, JsonToken.START_ARRAY);
        List<String> strings = new ArrayList<>();
        while (json.nextToken() == JsonToken.VALUE_STRING) {
            strings.add(json.getText());
        }
        expect(json, JsonToken.END_ARRAY);
        return strings;
    }

    private static void expect(JsonParser json, JsonToken token) throws IOException {
        if (json.currentToken() != token) {
            throw new IOException("expected " + token + " but found " + json.currentToken());
        }
    }
}

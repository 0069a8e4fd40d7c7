package media.polyglot.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the schemas and examples that ship on the classpath under {@code schemas/}. */
public final class SchemaResources {

    /** The envelope's schema: metadata every event shares, and data. */
    public static final String ENVELOPE = "schemas/envelope.schema.json";

    private SchemaResources() {
    }

    /** The data schema of {@code type}. */
    public static JsonNode schema(EventType type) {
        return read(type.schemaResource());
    }

    /** The example event (a whole {@code detail}) of {@code type}. */
    public static JsonNode example(EventType type) {
        return read(type.exampleResource());
    }

    /** The envelope's schema. */
    public static JsonNode envelope() {
        return read(ENVELOPE);
    }

    /**
     * The JSON at {@code resource} on the classpath.
     *
     * @throws UnknownEventTypeException when there is no such resource
     */
    public static JsonNode read(String resource) {
        try (InputStream in = SchemaResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UnknownEventTypeException("no event contract at " + resource + " on the classpath");
            }
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}

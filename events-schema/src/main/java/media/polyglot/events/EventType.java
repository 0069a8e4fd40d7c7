package media.polyglot.events;

import java.util.Objects;

/**
 * One version of one event: its detail-type and the major version of its schema. A breaking
 * change makes a new major version, published beside the old one.
 */
public record EventType(String detailType, int majorVersion) {

    public EventType {
        Objects.requireNonNull(detailType, "detailType is required");
        if (majorVersion < 1) {
            throw new IllegalArgumentException("majorVersion must be 1 or more, was " + majorVersion);
        }
    }

    /** Where the schema of this version lives on the classpath and under {@code events-schema/schemas}. */
    public String schemaResource() {
        return "schemas/" + detailType + "/v" + majorVersion + ".schema.json";
    }

    @Override
    public String toString() {
        return detailType + " v" + majorVersion;
    }
}

package media.polyglot.events;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One major version of one event. Version 1 travels under the event's bare name as its
 * {@code detail-type} ({@code ContentPublished}); a later major version under the name with the
 * version appended ({@code ContentPublished.v2}). A subscriber's rule on the detail-type thus picks
 * one version, and a new major version never reaches a rule written for an older one.
 *
 * @param name         the event's name, {@code NounPastVerb}
 * @param majorVersion the major version of its schema, 1 or more
 */
public record EventType(String name, int majorVersion) {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z]+");
    private static final Pattern DETAIL_TYPE = Pattern.compile("([A-Z][A-Za-z]+)(?:\\.v([2-9]|[1-9][0-9]+))?");

    public EventType {
        Objects.requireNonNull(name, "event name is required");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("event name must be NounPastVerb in letters only, was \"" + name + "\"");
        }
        if (majorVersion < 1) {
            throw new IllegalArgumentException("majorVersion of " + name + " must be 1 or more, was " + majorVersion);
        }
    }

    /**
     * The type a {@code detail-type} names.
     *
     * @throws UnknownEventTypeException when the detail-type is not of the form {@code Name} or {@code Name.vN}
     */
    public static EventType ofDetailType(String detailType) {
        Matcher matcher = DETAIL_TYPE.matcher(String.valueOf(detailType));
        if (!matcher.matches()) {
            throw UnknownEventTypeException.malformed(detailType);
        }
        return new EventType(matcher.group(1), matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2)));
    }

    /** The EventBridge {@code detail-type} of this version. */
    public String detailType() {
        return majorVersion == 1 ? name : name + ".v" + majorVersion;
    }

    /** Where the schema of this version lives on the classpath and under {@code events-schema/schemas}. */
    public String schemaResource() {
        return "schemas/" + name + "/v" + majorVersion + ".schema.json";
    }

    /** Where the example event (its whole {@code detail}) of this version lives. */
    public String exampleResource() {
        return "schemas/" + name + "/v" + majorVersion + ".example.json";
    }

    @Override
    public String toString() {
        return name + " v" + majorVersion;
    }
}

package media.polyglot.events.compat;

/**
 * The rules a change to a published schema version must keep. Each protects someone: producers
 * built against the published form (whose events must stay valid) or consumers built against it
 * (who must still find every field, with the type they expect). Breaking changes go to a new major
 * version, published beside the old one.
 */
public enum Rule {

    /** Consumers read the field. */
    REMOVED_FIELD("removed-field", "a field of a published version is never removed or renamed"),
    /** Existing producers do not send it. */
    NEW_REQUIRED_FIELD("new-required-field", "a published version never gains a required field"),
    /** Existing producers send values the narrower schema refuses. */
    NARROWED("narrowed", "a field of a published version never accepts fewer values than it did"),
    /** Both sides disagree on what the field is. */
    CHANGED_TYPE("changed-type", "a field of a published version never changes type"),
    /** Subscribers still receive it. */
    REMOVED_VERSION("removed-version", "a published version is never removed while it is in the baseline");

    private final String id;
    private final String text;

    Rule(String id, String text) {
        this.id = id;
        this.text = text;
    }

    /** A short name, as messages quote it. */
    public String id() {
        return id;
    }

    /** The rule in words. */
    public String text() {
        return text;
    }
}

package media.polyglot.events;

/** The EventBridge {@code detail-type} of each event: its name, {@code NounPastVerb}. */
public final class DetailTypes {

    public static final String CONTENT_SUBMITTED = "ContentSubmitted";

    private DetailTypes() {
    }
}

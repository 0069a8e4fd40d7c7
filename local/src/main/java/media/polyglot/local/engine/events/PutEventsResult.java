package media.polyglot.local.engine.events;

/** The outcome of one entry: its event id, or the error code and message AWS would report. */
public record PutEventsResult(String eventId, String errorCode, String errorMessage) {

    public static PutEventsResult accepted(String eventId) {
        return new PutEventsResult(eventId, null, null);
    }

    public static PutEventsResult failed(String errorCode, String errorMessage) {
        return new PutEventsResult(null, errorCode, errorMessage);
    }

    public boolean isFailure() {
        return errorCode != null;
    }
}

package media.polyglot.events;

/** No schema exists for the requested detail-type and version. */
public final class UnknownEventTypeException extends RuntimeException {

    public UnknownEventTypeException(String schemaResource) {
        super("no event contract at " + schemaResource + ": unknown detail-type or version");
    }
}

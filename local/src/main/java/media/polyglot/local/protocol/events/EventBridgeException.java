package media.polyglot.local.protocol.events;

/** An EventBridge error answer: its code and message, as AWS words them. */
final class EventBridgeException extends RuntimeException {

    private final String code;

    EventBridgeException(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }

    static EventBridgeException notFound(String message) {
        return new EventBridgeException("ResourceNotFoundException", message);
    }

    static EventBridgeException invalid(String message) {
        return new EventBridgeException("ValidationException", message);
    }
}

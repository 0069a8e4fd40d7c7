package media.polyglot.local.engine.sqs;

/** What became of one message sent in-process: its id when the queue took it, or the error when it did not. */
public record SendOutcome(String messageId, RuntimeException error) {

    public static SendOutcome sent(String messageId) {
        return new SendOutcome(messageId, null);
    }

    public static SendOutcome refused(RuntimeException error) {
        return new SendOutcome(null, error);
    }

    public boolean failed() {
        return error != null;
    }
}

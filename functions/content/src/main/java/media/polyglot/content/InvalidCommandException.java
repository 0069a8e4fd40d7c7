package media.polyglot.content;

/** A request the content API refuses with 400: the message says which field and why. */
public final class InvalidCommandException extends RuntimeException {

    public InvalidCommandException(String message) {
        super(message);
    }
}

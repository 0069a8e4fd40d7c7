package media.polyglot.partner.client;

/** A source a partner may not use, for an event or at all: refused before anything is sent. */
public final class SourceNotAllowedException extends RuntimeException {

    public SourceNotAllowedException(String message) {
        super(message);
    }
}

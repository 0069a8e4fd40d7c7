package media.polyglot.local.cli;

/** A command that cannot do what was asked: the message tells the user why, and what to do. */
public final class CliException extends RuntimeException {

    public CliException(String message) {
        super(message);
    }
}

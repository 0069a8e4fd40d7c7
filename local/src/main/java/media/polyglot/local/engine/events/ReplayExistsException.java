package media.polyglot.local.engine.events;

/** A replay of that name exists already (EventBridge's ResourceAlreadyExistsException). */
public final class ReplayExistsException extends RuntimeException {

    public ReplayExistsException(String name) {
        super("Replay " + name + " already exists.");
    }
}

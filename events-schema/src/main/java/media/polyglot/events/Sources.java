package media.polyglot.events;

/** The EventBridge {@code source} of each producing context: {@code polyglot.<context>}. */
public final class Sources {

    public static final String CONTENT = Bus.SOURCE_PREFIX + "content";

    private Sources() {
    }
}

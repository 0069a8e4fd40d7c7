package media.polyglot.events;

/** The custom EventBridge bus every context publishes to and subscribes from. */
public final class Bus {

    /** The bus name, the same in every stage and account. */
    public static final String NAME = "polyglot";

    /** Every source of ours starts with this; partners' sources do not. */
    public static final String SOURCE_PREFIX = "polyglot.";

    private Bus() {
    }
}

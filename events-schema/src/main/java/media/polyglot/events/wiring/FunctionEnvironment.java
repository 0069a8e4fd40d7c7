package media.polyglot.events.wiring;

/**
 * Names of the environment variables infra sets on each function and the functions read.
 * Kept here, beside the contracts, so that the CDK app and the handlers share one spelling.
 */
public final class FunctionEnvironment {

    /** Name of the custom bus a function publishes to. */
    public static final String EVENT_BUS_NAME = "EVENT_BUS_NAME";
    /** Table holding the content items (content context). */
    public static final String CONTENT_TABLE = "CONTENT_TABLE";
    /** Table holding the outbox rows whose stream the relay publishes (content context). */
    public static final String OUTBOX_TABLE = "OUTBOX_TABLE";
    /** Queue URL where the relay parks outbox rows it can never publish, with the reason. */
    public static final String RELAY_DEAD_LETTER_QUEUE_URL = "RELAY_DEAD_LETTER_QUEUE_URL";
    /** Table holding the event store (audit context). */
    public static final String EVENT_STORE_TABLE = "EVENT_STORE_TABLE";

    private FunctionEnvironment() {
    }
}

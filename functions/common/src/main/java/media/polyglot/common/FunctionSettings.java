package media.polyglot.common;

/**
 * Names of the environment variables infra sets on the functions of the business contexts, beside
 * those of {@code media.polyglot.events.wiring.FunctionEnvironment}. Infra depends on this module, so
 * the CDK app and the handlers share one spelling.
 */
public final class FunctionSettings {

    /** Table of the consumer's idempotency records (one per context). */
    public static final String IDEMPOTENCY_TABLE = "IDEMPOTENCY_TABLE";
    /** Dead-letter queue of the consumer's subscription, where it parks events it must never handle. */
    public static final String DEAD_LETTER_QUEUE_URL = "DEAD_LETTER_QUEUE_URL";
    /** The backbone's causation ledger: the depth of every consumed event, for the storm guard. */
    public static final String CAUSATION_TABLE = "CAUSATION_TABLE";
    /** How deep a causation chain may grow before consumers refuse its events. */
    public static final String MAX_CAUSATION_DEPTH = "MAX_CAUSATION_DEPTH";
    /** Name of the consumer, the first half of its idempotency keys. */
    public static final String CONSUMER_NAME = "CONSUMER_NAME";

    /** Moderation: comma-separated banned terms, matched as whole words, case-insensitively. */
    public static final String BANNED_TERMS = "BANNED_TERMS";
    /** Moderation: the fewest characters a body may have. */
    public static final String MIN_BODY_CHARS = "MIN_BODY_CHARS";

    /** Localization: table of translation requests, one per content, revision and language. */
    public static final String TRANSLATIONS_TABLE = "TRANSLATIONS_TABLE";
    /** Localization: how many times a language is requested before it is given up as failed. */
    public static final String TRANSLATION_ATTEMPTS = "TRANSLATION_ATTEMPTS";

    /** Sandbox vendor: how long it "translates" before answering, in milliseconds. */
    public static final String SANDBOX_DELAY_MILLIS = "SANDBOX_DELAY_MILLIS";
    /** Sandbox vendor: the share of requests it declines, 0 to 100 percent, chosen by request id. */
    public static final String SANDBOX_DECLINE_PERCENT = "SANDBOX_DECLINE_PERCENT";

    /** Publishing: table of the process manager's state, one item per content item. */
    public static final String PUBLICATIONS_TABLE = "PUBLICATIONS_TABLE";
    /** Publishing: the FIFO queue the sequencer fills, one message group per content item. */
    public static final String PUBLISHING_FIFO_QUEUE_URL = "PUBLISHING_FIFO_QUEUE_URL";
    /** Publishing: the site whose pages published items live on. */
    public static final String SITE_URL = "SITE_URL";

    /** Notifications: the SNS topic readers subscribe to. */
    public static final String READER_TOPIC_ARN = "READER_TOPIC_ARN";

    /** Catalog: the read model, one item per content item. */
    public static final String CATALOG_TABLE = "CATALOG_TABLE";
    /** Catalog: the read model by language, one item per language and content item. */
    public static final String CATALOG_LANGUAGE_TABLE = "CATALOG_LANGUAGE_TABLE";

    /** Audit: the global stream of every stored event, in append order. */
    public static final String EVENT_STREAM_TABLE = "EVENT_STREAM_TABLE";
    /** Audit: the function a rebuild of the catalog replays the event stream into (the catalog's projection). */
    public static final String REBUILD_CATALOG_FUNCTION = "REBUILD_CATALOG_FUNCTION";

    private FunctionSettings() {
    }
}

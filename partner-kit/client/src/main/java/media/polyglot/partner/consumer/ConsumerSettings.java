package media.polyglot.partner.consumer;

/**
 * The environment variables the partner kit's subscription construct sets on the handler and
 * {@link PolyglotConsumer} reads: one spelling for both sides.
 */
public final class ConsumerSettings {

    /** The subscription's dead-letter queue, where the handler parks events it can never handle, with the reason. */
    public static final String DEAD_LETTER_QUEUE_URL = "POLYGLOT_DEAD_LETTER_QUEUE_URL";

    private ConsumerSettings() {
    }
}

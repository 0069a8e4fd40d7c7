package media.polyglot.events;

import java.util.List;
import java.util.Objects;

/**
 * One event version as the choreography uses it: its type, the record its data maps to, who
 * produces it and who consumes it (DESIGN.md's choreography table).
 *
 * @param type      detail-type and major version
 * @param dataType  the immutable record of its {@code data}
 * @param producer  who emits it
 * @param consumers who subscribes to it, by context or partner
 */
public record EventContract(EventType type, Class<? extends Record> dataType, Producer producer,
                            List<String> consumers) {

    public EventContract {
        Objects.requireNonNull(type, "type is required");
        Objects.requireNonNull(dataType, () -> "the data record of " + type + " is required");
        Objects.requireNonNull(producer, () -> "the producer of " + type + " is required");
        consumers = List.copyOf(consumers);
    }

    /**
     * Who emits an event.
     *
     * @param context the context (or partner) that emits it, as {@code metadata.producer} names it
     * @param source  the EventBridge {@code source} it is put under; a pattern for partners
     */
    public record Producer(String context, String source) {

        public Producer {
            Objects.requireNonNull(context, "producer context is required");
            Objects.requireNonNull(source, "producer source is required");
        }

        static Producer ours(String context) {
            return new Producer(context, Bus.SOURCE_PREFIX + context);
        }
    }
}

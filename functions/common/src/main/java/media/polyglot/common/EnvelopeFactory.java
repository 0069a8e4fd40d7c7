package media.polyglot.common;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import media.polyglot.events.Envelope;
import media.polyglot.events.EventMetadata;
import media.polyglot.events.EventType;

/**
 * Wraps a context's event data in the envelope, stamping a new event id and the time, and
 * carrying the flow's correlation id and the cause's id (see {@link #causedBy}).
 */
public final class EnvelopeFactory {

    private final String producer;
    private final Clock clock;
    private final Supplier<String> ids;

    public EnvelopeFactory(String producer, Clock clock, Supplier<String> ids) {
        this.producer = producer;
        this.clock = clock;
        this.ids = ids;
    }

    /** A factory with random UUIDs and the system clock. */
    public static EnvelopeFactory forProducer(String producer) {
        return new EnvelopeFactory(producer, Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }

    /** A new event caused by {@code causationId} in the flow {@code correlationId}. */
    public <T> Envelope<T> envelop(EventType type, T data, String correlationId, String causationId) {
        EventMetadata metadata = new EventMetadata(ids.get(), type.majorVersion(), correlationId, causationId,
                producer, clock.instant());
        return new Envelope<>(metadata, data);
    }

    /**
     * A new event caused by {@code trigger}: it joins the trigger's flow (its correlation id) and names
     * the trigger as its cause, so the chain can be followed hop by hop.
     */
    public <T> Envelope<T> causedBy(EventMetadata trigger, EventType type, T data) {
        return envelop(type, data, trigger.correlationId(), trigger.eventId());
    }

    /** A fresh id, for a flow's first correlation id. */
    public String newId() {
        return ids.get();
    }
}

package media.polyglot.events;

import java.util.Objects;

/**
 * The {@code detail} of every event on the bus: {@code metadata} that every event shares and the
 * event's own {@code data}.
 *
 * @param <T> the record type of the event's data
 */
public record Envelope<T>(EventMetadata metadata, T data) {

    public Envelope {
        Objects.requireNonNull(metadata, "metadata is required");
        Objects.requireNonNull(data, "data is required");
    }
}

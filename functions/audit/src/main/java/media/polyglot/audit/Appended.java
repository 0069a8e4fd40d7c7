package media.polyglot.audit;

/**
 * What an append did.
 *
 * @param position  the event's place in the global stream; null only for an event stored before the stream existed
 * @param duplicate whether the event was stored before (a redelivery), so nothing was written
 */
public record Appended(Long position, boolean duplicate) {
}

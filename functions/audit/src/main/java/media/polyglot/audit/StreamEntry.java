package media.polyglot.audit;

/**
 * One event at its place in the global stream.
 *
 * @param position the event's offset: 1 for the first event ever stored, then one more for each next one
 * @param event    the event as the store keeps it
 */
public record StreamEntry(long position, StoredEvent event) {

    public StreamEntry {
        if (position < 1) {
            throw new IllegalArgumentException("stream positions start at 1, was " + position);
        }
    }
}

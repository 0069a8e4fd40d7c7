package media.polyglot.common;

/**
 * An event whose PutEvents entry is over EventBridge's entry limit: refused before anything is
 * sent, naming the event and its size. The cure is a claim check (see {@code BodyReference}), not
 * a retry.
 */
public final class EventTooLargeException extends RuntimeException {

    public EventTooLargeException(OutgoingEvent event, int sizeBytes, int limitBytes) {
        super(event.type() + " (detail-type " + event.type().detailType() + ", event " + event.eventId() + ") is "
                + sizeBytes + " bytes as a PutEvents entry; EventBridge accepts at most " + limitBytes
                + ": keep large parts in storage and send a reference (claim check)");
    }
}

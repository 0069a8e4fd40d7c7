package media.polyglot.common;

import media.polyglot.events.EventMetadata;

/** An event deeper in its causation chain than the bound allows: a loop, refused to the dead-letter queue. */
public final class EventStormException extends RuntimeException {

    public EventStormException(EventMetadata event, int depth, int maxDepth) {
        super("event " + event.eventId() + " (caused by " + event.causationId() + ", correlation "
                + event.correlationId() + ") is " + depth + " hops deep in its causation chain; the bound is "
                + maxDepth + ": refused as a likely event loop");
    }
}

package media.polyglot.partner.client;

import java.util.Set;

/**
 * One entry PutEvents did not accept: which event, and the code and message the bus gave.
 *
 * @param eventId   the event's {@code metadata.eventId}
 * @param detailType its detail-type
 * @param errorCode  PutEvents' per-entry error code
 * @param message    PutEvents' per-entry error message
 */
public record EntryFailure(String eventId, String detailType, String errorCode, String message) {

    // The per-entry codes PutEvents documents as retryable; every other one (AccessDeniedException when the bus
    // policy refuses the source, InvalidArgument, MalformedDetail, ...) fails the same way however often it is sent.
    // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsResultEntry.html
    private static final Set<String> RETRYABLE = Set.of("InternalFailure", "ThrottlingException");

    /** Whether sending the entry again may succeed. */
    public boolean retryable() {
        return RETRYABLE.contains(errorCode);
    }

    @Override
    public String toString() {
        return detailType + " " + eventId + ": " + errorCode + " " + message;
    }
}

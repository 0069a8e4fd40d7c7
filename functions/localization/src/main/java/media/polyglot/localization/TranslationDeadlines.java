package media.polyglot.localization;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.EventPublisher;
import media.polyglot.common.OutgoingEvent;
import media.polyglot.events.EventJson;
import media.polyglot.events.EventMetadata;
import media.polyglot.events.EventType;
import media.polyglot.events.Sources;
import media.polyglot.events.localization.TranslationFailed;
import media.polyglot.events.localization.TranslationRequested;

/**
 * The due times of requests out with vendors: a request no vendor answered by its {@code dueBy} is asked again
 * while the budget lasts, as after a decline, and past it the language fails as TIMED_OUT. No message stands
 * behind a timeout to be redelivered, so each move is written with its event marked unsent, then published and
 * marked sent: an event a failed publication left behind goes out with the next sweep (same event id, which
 * subscribers absorb).
 */
public final class TranslationDeadlines {

    private final TranslationPlan plan;
    private final TranslationTable table;
    private final EnvelopeFactory envelopes;
    private final EventPublisher publisher;

    public TranslationDeadlines(TranslationPlan plan, TranslationTable table, EnvelopeFactory envelopes,
                                EventPublisher publisher) {
        this.plan = plan;
        this.table = table;
        this.envelopes = envelopes;
        this.publisher = publisher;
    }

    /**
     * Times out what is overdue at {@code now} and sends what earlier sweeps left unsent.
     *
     * @return how many events it sent
     * @throws media.polyglot.common.PublishFailedException when the bus refuses one; the next sweep sends it
     */
    public int sweep(Instant now) {
        int sent = 0;
        for (TranslationTable.Stored stored : table.overdueOrUnsent(now)) {
            Optional<OutgoingEvent> event = stored.unsent() ? Optional.of(stored.emitted()) : timeOut(stored);
            if (event.isPresent()) {
                publisher.publish(List.of(event.get()));
                table.markSent(stored.request().key());
                sent++;
            }
        }
        return sent;
    }

    /** The move of an overdue language, written unsent; empty when an answer got there first. */
    private Optional<OutgoingEvent> timeOut(TranslationTable.Stored overdue) {
        TranslationRequest out = overdue.request();
        // While a request is out, the stored event is the TranslationRequested that asked for it: the timeout's cause.
        EventMetadata cause = metadata(overdue.emitted());
        Optional<TranslationRequest> retry = plan.retry(out);
        TranslationRequest next = retry.orElseGet(() ->
                new TranslationRequest(out.request(), out.attempt(), TranslationRequest.Status.FAILED));
        OutgoingEvent event = retry.isPresent()
                ? emit(cause, TranslationRequested.TYPE, next.request())
                : emit(cause, TranslationFailed.TYPE, new TranslationFailed(out.request().requestId(),
                        out.request().contentId(), out.request().revision(), out.request().targetLanguage(),
                        TranslationFailed.Reason.TIMED_OUT, "no vendor answered attempt " + out.attempt()
                        + ", the last, by " + out.request().dueBy()));
        return table.replaceUnsent(out.request().requestId(), next, event) ? Optional.of(event) : Optional.empty();
    }

    private static EventMetadata metadata(OutgoingEvent event) {
        try {
            return EventJson.mapper().treeToValue(event.detail().get("metadata"), EventMetadata.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event " + event.eventId() + " has unreadable metadata", e);
        }
    }

    private <T> OutgoingEvent emit(EventMetadata cause, EventType type, T data) {
        return OutgoingEvent.of(Sources.LOCALIZATION, type, envelopes.causedBy(cause, type, data));
    }
}

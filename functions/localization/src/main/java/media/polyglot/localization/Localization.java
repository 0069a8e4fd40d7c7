package media.polyglot.localization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import media.polyglot.common.BusEvent;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.InvalidEventException;
import media.polyglot.common.OutgoingEvent;
import media.polyglot.events.EventMetadata;
import media.polyglot.events.EventType;
import media.polyglot.events.Sources;
import media.polyglot.events.localization.TranslationCompleted;
import media.polyglot.events.localization.TranslationFailed;
import media.polyglot.events.localization.TranslationRequested;
import media.polyglot.events.moderation.ContentApproved;
import media.polyglot.events.partner.TranslationDeclined;
import media.polyglot.events.partner.TranslationDelivered;

/**
 * Localization's reactions: an approved revision fans out into one TranslationRequested per target
 * language; a vendor's delivery completes its language (TranslationCompleted); a decline asks again
 * until the budget is spent, then the language fails (TranslationFailed). Answers to a request that is
 * no longer the one out (duplicates, stale attempts) change nothing and emit nothing.
 */
public final class Localization {

    private final TranslationPlan plan;
    private final TranslationTable table;
    private final EnvelopeFactory envelopes;

    public Localization(TranslationPlan plan, TranslationTable table, EnvelopeFactory envelopes) {
        this.plan = plan;
        this.table = table;
        this.envelopes = envelopes;
    }

    public List<OutgoingEvent> handle(BusEvent event) {
        if (event.is(ContentApproved.TYPE)) {
            return requestTranslations(event.metadata(), event.data(ContentApproved.class));
        }
        if (event.is(TranslationDelivered.TYPE)) {
            return complete(event.metadata(), event.data(TranslationDelivered.class));
        }
        if (event.is(TranslationDeclined.TYPE)) {
            return retryOrFail(event.metadata(), event.data(TranslationDeclined.class));
        }
        throw new InvalidEventException("localization does not consume " + event.type());
    }

    private List<OutgoingEvent> requestTranslations(EventMetadata cause, ContentApproved approved) {
        List<OutgoingEvent> requests = new ArrayList<>();
        for (TranslationRequest request : plan.requestsFor(approved)) {
            TranslationRequest stored = table.putIfAbsent(request);
            if (stored.status() == TranslationRequest.Status.REQUESTED) {
                requests.add(emit(cause, TranslationRequested.TYPE, stored.request()));
            }
        }
        return requests;
    }

    private List<OutgoingEvent> complete(EventMetadata cause, TranslationDelivered delivered) {
        Optional<TranslationRequest> out = awaited(delivered.requestId(),
                TranslationRequest.key(delivered.contentId(), delivered.revision(), delivered.language()));
        if (out.isEmpty() || !table.replace(delivered.requestId(),
                new TranslationRequest(out.get().request(), out.get().attempt(), TranslationRequest.Status.COMPLETED))) {
            return List.of();
        }
        return List.of(emit(cause, TranslationCompleted.TYPE, new TranslationCompleted(delivered.requestId(),
                delivered.contentId(), delivered.revision(), delivered.language(), delivered.title(), delivered.body(),
                delivered.vendor())));
    }

    private List<OutgoingEvent> retryOrFail(EventMetadata cause, TranslationDeclined declined) {
        Optional<TranslationRequest> out = awaited(declined.requestId(),
                TranslationRequest.key(declined.contentId(), declined.revision(), declined.language()));
        if (out.isEmpty()) {
            return List.of();
        }
        Optional<TranslationRequest> retry = plan.retryAfterDecline(out.get());
        if (retry.isPresent()) {
            return table.replace(declined.requestId(), retry.get())
                    ? List.of(emit(cause, TranslationRequested.TYPE, retry.get().request())) : List.of();
        }
        TranslationRequest failed = new TranslationRequest(out.get().request(), out.get().attempt(),
                TranslationRequest.Status.FAILED);
        if (!table.replace(declined.requestId(), failed)) {
            return List.of();
        }
        String detail = declined.vendor() + " declined the last attempt (" + out.get().attempt() + ")"
                + ": " + declined.reason() + (declined.message() == null ? "" : " (" + declined.message() + ")");
        return List.of(emit(cause, TranslationFailed.TYPE, new TranslationFailed(declined.requestId(),
                declined.contentId(), declined.revision(), declined.language(), TranslationFailed.Reason.DECLINED, detail)));
    }

    /** The request an answer refers to, if it is the one out and still awaited. */
    private Optional<TranslationRequest> awaited(String requestId, String key) {
        TranslationRequest request = table.find(key).orElseThrow(() -> new InvalidEventException(
                "an answer to request " + requestId + " names " + key + ", for which localization requested nothing"));
        boolean current = request.request().requestId().equals(requestId)
                && request.status() == TranslationRequest.Status.REQUESTED;
        return current ? Optional.of(request) : Optional.empty();
    }

    private <T> OutgoingEvent emit(EventMetadata cause, EventType type, T data) {
        return OutgoingEvent.of(Sources.LOCALIZATION, type, envelopes.causedBy(cause, type, data));
    }
}

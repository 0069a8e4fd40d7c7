package media.polyglot.localization;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
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
 * until the budget is spent, then the language fails (TranslationFailed). An answer to a request that is
 * no longer the one out (a stale attempt) changes nothing and emits nothing.
 */
public final class Localization {

    /** TranslationFailed's {@code detail} is at most 1,000 characters long. */
    static final int MAX_DETAIL_CHARS = 1000;

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
            TranslationTable.Stored stored = table.putIfAbsent(request,
                    emit(cause, TranslationRequested.TYPE, request.request()));
            if (stored.answeredId() == null) {
                requests.add(stored.emitted());
            }
        }
        return requests;
    }

    private List<OutgoingEvent> complete(EventMetadata cause, TranslationDelivered delivered) {
        return answer(delivered.requestId(), TranslationRequest.key(delivered.contentId(), delivered.revision(),
                delivered.language()), Set.of(TranslationCompleted.TYPE), out -> new Transition(
                new TranslationRequest(out.request(), out.attempt(), TranslationRequest.Status.COMPLETED),
                emit(cause, TranslationCompleted.TYPE, new TranslationCompleted(delivered.requestId(),
                        delivered.contentId(), delivered.revision(), delivered.language(), delivered.title(),
                        delivered.body(), delivered.vendor()))));
    }

    private List<OutgoingEvent> retryOrFail(EventMetadata cause, TranslationDeclined declined) {
        return answer(declined.requestId(), TranslationRequest.key(declined.contentId(), declined.revision(),
                declined.language()), Set.of(TranslationRequested.TYPE, TranslationFailed.TYPE), out -> plan.retry(out)
                .map(retry -> new Transition(retry, emit(cause, TranslationRequested.TYPE, retry.request())))
                .orElseGet(() -> new Transition(
                        new TranslationRequest(out.request(), out.attempt(), TranslationRequest.Status.FAILED),
                        emit(cause, TranslationFailed.TYPE, new TranslationFailed(declined.requestId(),
                                declined.contentId(), declined.revision(), declined.language(),
                                TranslationFailed.Reason.DECLINED, failureDetail(declined, out.attempt()))))));
    }

    /**
     * Applies a vendor's answer to the request it quotes, if that request is the one out. An answer applied
     * before (a redelivery after its publication failed, or a vendor answering twice), recognised by the
     * request it quotes and the kind of event it led to ({@code outcomes}), sends the event it emitted then
     * once more, with the same event id: subscribers' idempotency absorbs it if it did go out.
     */
    private List<OutgoingEvent> answer(String requestId, String key, Set<EventType> outcomes,
                                       Function<TranslationRequest, Transition> decide) {
        TranslationTable.Stored stored = find(requestId, key);
        if (stored.awaits(requestId)) {
            Transition next = decide.apply(stored.request());
            if (table.replace(requestId, next.request(), next.emitted())) {
                return List.of(next.emitted());
            }
            stored = find(requestId, key);
        }
        boolean appliedBefore = requestId.equals(stored.answeredId()) && outcomes.contains(stored.emitted().type());
        return appliedBefore ? List.of(stored.emitted()) : List.of();
    }

    private TranslationTable.Stored find(String requestId, String key) {
        return table.find(key).orElseThrow(() -> new InvalidEventException(
                "an answer to request " + requestId + " names " + key + ", for which localization requested nothing"));
    }

    /** Why the language failed, within the contract's 1,000 characters (a vendor's message alone may fill them). */
    private static String failureDetail(TranslationDeclined declined, int attempt) {
        String detail = declined.vendor() + " declined attempt " + attempt + ", the last: " + declined.reason()
                + (declined.message() == null ? "" : " (" + declined.message() + ")");
        return detail.length() <= MAX_DETAIL_CHARS ? detail : detail.substring(0, MAX_DETAIL_CHARS - 1) + "…";
    }

    private <T> OutgoingEvent emit(EventMetadata cause, EventType type, T data) {
        return OutgoingEvent.of(Sources.LOCALIZATION, type, envelopes.causedBy(cause, type, data));
    }

    /** A language's next state and the event that announces it. */
    private record Transition(TranslationRequest request, OutgoingEvent emitted) {
    }
}

package media.polyglot.partner.client;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Sends one batch of at most ten entries (PutEvents' limit). PutEvents fails entry by entry: entries failed for a
 * passing reason are sent again, alone, after a jittered backoff, until the budget is spent; an entry refused
 * for good fails the batch at once, without a retry.
 */
final class PutEventsBatch {

    /** PutEvents takes at most ten entries per call. */
    static final int MAX_ENTRIES = 10;

    /** An entry with what identifies it in an error. */
    record Entry(String eventId, PutEventsRequestEntry request) {
    }

    private final EventBridgeClient client;
    private final String busArn;
    private final String source;
    private final RetryBudget budget;
    private final Sleeper sleeper;

    PutEventsBatch(EventBridgeClient client, String busArn, String source, RetryBudget budget, Sleeper sleeper) {
        this.client = client;
        this.busArn = busArn;
        this.source = source;
        this.budget = budget;
        this.sleeper = sleeper;
    }

    void send(List<Entry> batch) {
        if (batch.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("a PutEvents batch holds at most " + MAX_ENTRIES + " entries, was " + batch.size());
        }
        List<Entry> pending = batch;
        List<EntryFailure> failures = List.of();
        for (int attempt = 1; attempt <= budget.maxAttempts(); attempt++) {
            if (attempt > 1) {
                sleeper.sleep(budget.delayBefore(attempt - 1));
            }
            List<Entry> sent = pending;
            List<PutEventsResultEntry> results = client.putEvents(r -> r.entries(sent.stream().map(Entry::request).toList()))
                    .entries();
            List<Entry> retry = new ArrayList<>();
            boolean refused = false;
            failures = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                PutEventsResultEntry result = results.get(i);
                if (result.errorCode() == null) {
                    continue;
                }
                EntryFailure failure = new EntryFailure(sent.get(i).eventId(), sent.get(i).request().detailType(),
                        result.errorCode(), result.errorMessage());
                failures.add(failure);
                if (failure.retryable()) {
                    retry.add(sent.get(i));
                } else {
                    refused = true;
                }
            }
            if (refused) {
                throw new EventsRefusedException(busArn, source, failures);
            }
            if (retry.isEmpty()) {
                return;
            }
            pending = retry;
        }
        throw new EventsNotDeliveredException(busArn, budget.maxAttempts(), failures);
    }
}

package media.polyglot.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.events.ContractValidator;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Puts events on the bus. Every event is checked against EventBridge's entry size limit and its
 * contract before anything is sent;
 * entries go in batches of ten (PutEvents' limit), and since PutEvents can fail per entry, only
 * the entries it reports failed are retried, with jittered backoff, until the budget runs out,
 * and then the call fails naming each entry and its error.
 */
public final class EventPublisher {

    /** PutEvents takes at most ten entries per call. */
    static final int MAX_ENTRIES_PER_CALL = 10;
    /**
     * EventBridge's PutEvents entry limit: 1 MB since 29 January 2026 (256 KB before, as older
     * documentation still says). Events carry claim checks, so ours stay far below either.
     */
    static final int MAX_ENTRY_BYTES = 1024 * 1024;

    private final EventBridgeClient client;
    private final String busName;
    private final ContractValidator validator;
    private final Backoff backoff;
    private final Sleeper sleeper;

    public EventPublisher(EventBridgeClient client, String busName, ContractValidator validator, Backoff backoff,
                          Sleeper sleeper) {
        this.client = client;
        this.busName = busName;
        this.validator = validator;
        this.backoff = backoff;
        this.sleeper = sleeper;
    }

    public static EventPublisher create(EventBridgeClient client, String busName) {
        return new EventPublisher(client, busName, new ContractValidator(), Backoff.standard(), Sleeper.REAL);
    }

    /**
     * Publishes every event or throws.
     *
     * @throws EventTooLargeException before sending anything, if an event is over EventBridge's entry limit
     * @throws media.polyglot.events.ContractViolationException before sending anything, if an event breaks its contract
     * @throws PublishFailedException if some entries still fail when the retry budget is spent
     */
    public void publish(List<OutgoingEvent> events) {
        events.forEach(EventPublisher::requireWithinEntryLimit);
        events.forEach(event -> validator.requireValid(event.type(), event.detail()));
        for (int from = 0; from < events.size(); from += MAX_ENTRIES_PER_CALL) {
            publishBatch(events.subList(from, Math.min(events.size(), from + MAX_ENTRIES_PER_CALL)));
        }
    }

    private static void requireWithinEntryLimit(OutgoingEvent event) {
        int size = event.entrySizeBytes();
        if (size > MAX_ENTRY_BYTES) {
            throw new EventTooLargeException(event, size, MAX_ENTRY_BYTES);
        }
    }

    private void publishBatch(List<OutgoingEvent> batch) {
        List<OutgoingEvent> pending = batch;
        List<String> errors = List.of();
        for (int attempt = 1; attempt <= backoff.maxAttempts(); attempt++) {
            if (attempt > 1) {
                sleeper.sleep(backoff.delayBefore(attempt - 1));
            }
            List<PutEventsRequestEntry> entries = entries(pending);
            List<PutEventsResultEntry> results = client.putEvents(r -> r.entries(entries)).entries();
            List<OutgoingEvent> failed = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                PutEventsResultEntry result = results.get(i);
                if (result.errorCode() != null) {
                    failed.add(pending.get(i));
                    failures.add(pending.get(i).eventId() + ": " + result.errorCode() + " " + result.errorMessage());
                }
            }
            if (failed.isEmpty()) {
                return;
            }
            pending = failed;
            errors = failures;
        }
        throw new PublishFailedException(busName, backoff.maxAttempts(), errors);
    }

    private List<PutEventsRequestEntry> entries(List<OutgoingEvent> events) {
        return events.stream().map(this::entry).toList();
    }

    private PutEventsRequestEntry entry(OutgoingEvent event) {
        return PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(event.source())
                .detailType(event.type().detailType())
                .detail(event.detail().toString())
                .build();
    }

    /** Waits between attempts; a seam so tests need not wait. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper REAL = duration -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while backing off before retrying PutEvents", e);
            }
        };

        void sleep(Duration duration);
    }
}

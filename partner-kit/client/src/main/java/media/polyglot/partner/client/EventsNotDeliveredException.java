package media.polyglot.partner.client;

import java.util.List;

/** Entries still failed for a passing reason (throttling, an internal failure) when the retry budget was spent. */
public final class EventsNotDeliveredException extends RuntimeException {

    private final transient List<EntryFailure> failures;

    public EventsNotDeliveredException(String busArn, int attempts, List<EntryFailure> failures) {
        super(failures.size() + " event(s) not accepted by bus " + busArn + " after " + attempts + " attempts: "
                + String.join("; ", failures.stream().map(EntryFailure::toString).toList()));
        this.failures = List.copyOf(failures);
    }

    public List<EntryFailure> failures() {
        return failures;
    }
}

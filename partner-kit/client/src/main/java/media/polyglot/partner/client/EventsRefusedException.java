package media.polyglot.partner.client;

import java.util.List;

/**
 * The bus refused an entry for a reason that does not pass (most often AccessDeniedException: our bus policy does
 * not let this account put events under this source), so nothing of its batch was retried. Lists every entry of
 * that call that failed, each with its code; entries the bus accepted stay accepted.
 */
public final class EventsRefusedException extends RuntimeException {

    private final transient List<EntryFailure> failures;

    public EventsRefusedException(String busArn, String source, List<EntryFailure> failures) {
        super(failures.size() + " event(s) not accepted by bus " + busArn + " for source \"" + source + "\", refused for good, "
                + "nothing retried: "
                + String.join("; ", failures.stream().map(EntryFailure::toString).toList())
                + (failures.stream().anyMatch(f -> f.errorCode().startsWith("AccessDenied") || f.errorCode().startsWith("NotAuthorized"))
                ? ". The bus policy lets each partner account put events only under the sources listed for it in "
                + "Polyglot's infra/partners.json: ask the Polyglot team to add this account and source" : ""));
        this.failures = List.copyOf(failures);
    }

    public List<EntryFailure> failures() {
        return failures;
    }
}

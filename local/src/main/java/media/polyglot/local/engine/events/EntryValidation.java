package media.polyglot.local.engine.events;

/** PutEvents' per-entry checks, with AWS's error codes and wording. */
final class EntryValidation {

    private EntryValidation() {
    }

    /** The failure for an entry PutEvents would refuse, or null if it is acceptable. */
    static PutEventsResult check(PutEventsEntry entry) {
        if (isBlank(entry.source())) {
            return invalid("Source");
        }
        if (isBlank(entry.detailType())) {
            return invalid("DetailType");
        }
        if (isBlank(entry.detail())) {
            return invalid("Detail");
        }
        return null;
    }

    private static PutEventsResult invalid(String parameter) {
        return PutEventsResult.failed("InvalidArgument",
                "Parameter " + parameter + " is not valid. Reason: " + parameter + " is a required argument.");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

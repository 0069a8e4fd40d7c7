package media.polyglot.local.engine.events;

import com.fasterxml.jackson.databind.JsonNode;

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

    /**
     * Whether a JSON escape in the detail spells half of a surrogate pair: no UTF-8 text carries it, so no queue or
     * topic would take the event, and it could be neither delivered nor dead-lettered.
     */
    static boolean spellsLoneSurrogate(String raw, JsonNode detail) {
        if (!raw.contains("\\u")) {
            return false;
        }
        String text = detail.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static PutEventsResult invalid(String parameter) {
        return PutEventsResult.failed("InvalidArgument",
                "Parameter " + parameter + " is not valid. Reason: " + parameter + " is a required argument.");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

package media.polyglot.events.localization;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.EventType;
import media.polyglot.events.Require;

/**
 * Emitted by localization when a language cannot be had; publishing publishes without it.
 *
 * @param requestId the request that failed
 * @param contentId id of the content item
 * @param revision  the revision the request was for
 * @param language  the language that failed (BCP 47 tag)
 * @param reason    why it failed
 * @param detail    more about the failure, or null
 */
public record TranslationFailed(String requestId, String contentId, int revision, String language, Reason reason,
                                String detail) {

    /** The detail-type and major version this record is the data of. */
    public static final EventType TYPE = new EventType(DetailTypes.TRANSLATION_FAILED, 1);

    public TranslationFailed {
        String event = TYPE.name();
        Require.text(event, "requestId", requestId);
        Require.text(event, "contentId", contentId);
        Require.atLeast(event, "revision", revision, 1);
        Require.text(event, "language", language);
        Require.present(event, "reason", reason);
    }

    /** Why a language failed. */
    public enum Reason {
        DECLINED, TIMED_OUT, REJECTED_DELIVERY,
        /** Read in place of a value added to the schema after this library was built; never published. */
        @JsonEnumDefaultValue UNRECOGNIZED
    }
}

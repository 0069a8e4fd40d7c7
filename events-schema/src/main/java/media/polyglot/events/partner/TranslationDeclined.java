package media.polyglot.events.partner;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.EventType;
import media.polyglot.events.Require;

/**
 * Emitted by a translation vendor (source {@code partner.translation.<vendor>}) when it will not
 * translate a request.
 *
 * @param requestId the TranslationRequested it answers
 * @param contentId id of the content item
 * @param revision  the revision the request was for
 * @param language  the language asked for (BCP 47 tag)
 * @param vendor    the vendor's id
 * @param reason    why it declined
 * @param message   the vendor's explanation, or null
 */
public record TranslationDeclined(String requestId, String contentId, int revision, String language, String vendor,
                                  Reason reason, String message) {

    /** The detail-type and major version this record is the data of. */
    public static final EventType TYPE = new EventType(DetailTypes.TRANSLATION_DECLINED, 1);

    public TranslationDeclined {
        String event = TYPE.name();
        Require.text(event, "requestId", requestId);
        Require.text(event, "contentId", contentId);
        Require.atLeast(event, "revision", revision, 1);
        Require.text(event, "language", language);
        Require.text(event, "vendor", vendor);
        Require.present(event, "reason", reason);
    }

    /** Why a vendor declined. */
    public enum Reason {
        LANGUAGE_UNSUPPORTED, NO_CAPACITY, CONTENT_POLICY, OTHER,
        /** Read in place of a value added to the schema after this library was built; never published. */
        @JsonEnumDefaultValue UNRECOGNIZED
    }
}

package media.polyglot.events.partner;

import media.polyglot.events.BodyReference;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.EventType;
import media.polyglot.events.Require;

/**
 * Emitted by a translation vendor, from its own account onto our bus under source
 * {@code partner.translation.<vendor>}, when it delivers a translation.
 *
 * @param requestId the TranslationRequested it answers
 * @param contentId id of the content item
 * @param revision  the revision that was translated
 * @param language  the translation's language (BCP 47 tag)
 * @param title     the translated title
 * @param body      where the vendor stored the translated body
 * @param vendor    the vendor's id
 */
public record TranslationDelivered(String requestId, String contentId, int revision, String language, String title,
                                   BodyReference body, String vendor) {

    /** The detail-type and major version this record is the data of. */
    public static final EventType TYPE = new EventType(DetailTypes.TRANSLATION_DELIVERED, 1);

    public TranslationDelivered {
        String event = TYPE.name();
        Require.text(event, "requestId", requestId);
        Require.text(event, "contentId", contentId);
        Require.atLeast(event, "revision", revision, 1);
        Require.text(event, "language", language);
        Require.text(event, "title", title);
        Require.present(event, "body", body);
        Require.text(event, "vendor", vendor);
    }
}

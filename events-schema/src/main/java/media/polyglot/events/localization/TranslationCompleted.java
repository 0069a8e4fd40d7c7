package media.polyglot.events.localization;

import media.polyglot.events.BodyReference;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.EventType;
import media.polyglot.events.Require;

/**
 * Emitted by localization when a delivered translation is accepted; publishing counts it towards
 * "all languages ready".
 *
 * @param requestId the request it answers
 * @param contentId id of the content item
 * @param revision  the revision that was translated
 * @param language  the translation's language (BCP 47 tag)
 * @param title     the translated title
 * @param body      where the translated body is
 * @param vendor    the vendor that translated it
 */
public record TranslationCompleted(String requestId, String contentId, int revision, String language, String title,
                                   BodyReference body, String vendor) {

    /** The detail-type and major version this record is the data of. */
    public static final EventType TYPE = new EventType(DetailTypes.TRANSLATION_COMPLETED, 1);

    public TranslationCompleted {
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

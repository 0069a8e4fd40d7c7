package media.polyglot.events.localization;

import java.time.Instant;
import media.polyglot.events.BodyReference;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.EventType;
import media.polyglot.events.Require;

/**
 * Emitted by localization, one per target language of an approved revision. Translation vendors
 * answer with TranslationDelivered or TranslationDeclined, quoting {@code requestId}.
 *
 * @param requestId      id of this request
 * @param contentId      id of the content item
 * @param revision       the approved revision to translate
 * @param sourceLanguage the body's language (BCP 47 tag)
 * @param targetLanguage the language wanted (BCP 47 tag)
 * @param title          the title to translate
 * @param source         where the body to translate is
 * @param dueBy          when localization stops waiting and emits TranslationFailed
 */
public record TranslationRequested(String requestId, String contentId, int revision, String sourceLanguage,
                                   String targetLanguage, String title, BodyReference source, Instant dueBy) {

    /** The detail-type and major version this record is the data of. */
    public static final EventType TYPE = new EventType(DetailTypes.TRANSLATION_REQUESTED, 1);

    public TranslationRequested {
        String event = TYPE.name();
        Require.text(event, "requestId", requestId);
        Require.text(event, "contentId", contentId);
        Require.atLeast(event, "revision", revision, 1);
        Require.text(event, "sourceLanguage", sourceLanguage);
        Require.text(event, "targetLanguage", targetLanguage);
        Require.text(event, "title", title);
        Require.present(event, "source", source);
        Require.present(event, "dueBy", dueBy);
    }
}

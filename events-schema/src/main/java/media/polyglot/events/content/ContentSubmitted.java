package media.polyglot.events.content;

import java.util.List;
import media.polyglot.events.BodyReference;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.EventType;
import media.polyglot.events.Require;

/**
 * Emitted by content when an author submits a new item; moderation reviews it next. The body
 * stays with content (claim check): the event carries its reference, size and hash.
 *
 * @param contentId       id of the content item
 * @param revision        1 for a submission
 * @param title           the title as submitted
 * @param language        the language the body is written in (BCP 47 tag)
 * @param category        the editorial category
 * @param targetLanguages languages to translate into
 * @param body            where the submitted body is
 */
public record ContentSubmitted(String contentId, int revision, String title, String language, String category,
                               List<String> targetLanguages, BodyReference body) {

    /** The detail-type and major version this record is the data of. */
    public static final EventType TYPE = new EventType(DetailTypes.CONTENT_SUBMITTED, 1);

    public ContentSubmitted {
        String event = TYPE.name();
        Require.text(event, "contentId", contentId);
        Require.text(event, "title", title);
        Require.text(event, "language", language);
        Require.text(event, "category", category);
        targetLanguages = Require.list(event, "targetLanguages", targetLanguages);
        Require.present(event, "body", body);
    }
}

package media.polyglot.events.content;

import java.util.List;
import media.polyglot.events.BodyReference;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.EventType;
import media.polyglot.events.Require;

/**
 * Emitted by content when an author revises an item; the new revision goes through moderation again.
 *
 * @param contentId       id of the content item
 * @param revision        the new revision, 2 or more
 * @param title           the title of this revision
 * @param language        the language the body is written in (BCP 47 tag)
 * @param category        the editorial category
 * @param targetLanguages languages to translate into
 * @param body            where the revised body is
 * @param changeNote      what the author changed, or null
 */
public record ContentRevised(String contentId, int revision, String title, String language, String category,
                             List<String> targetLanguages, BodyReference body, String changeNote) {

    /** The detail-type and major version this record is the data of. */
    public static final EventType TYPE = new EventType(DetailTypes.CONTENT_REVISED, 1);

    public ContentRevised {
        String event = TYPE.name();
        Require.text(event, "contentId", contentId);
        Require.atLeast(event, "revision", revision, 2);
        Require.text(event, "title", title);
        Require.text(event, "language", language);
        Require.text(event, "category", category);
        targetLanguages = Require.list(event, "targetLanguages", targetLanguages);
        Require.present(event, "body", body);
    }
}

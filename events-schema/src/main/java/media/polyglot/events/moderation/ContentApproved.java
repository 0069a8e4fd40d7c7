package media.polyglot.events.moderation;

import java.util.List;
import media.polyglot.events.BodyReference;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.EventType;
import media.polyglot.events.Require;

/**
 * Emitted by moderation when a revision passes review: localization requests its translations and
 * publishing starts waiting for them.
 *
 * @param contentId       id of the content item
 * @param revision        the approved revision
 * @param title           its title
 * @param language        the language the body is written in (BCP 47 tag)
 * @param category        the editorial category
 * @param targetLanguages languages to translate into
 * @param body            where the approved body is
 */
public record ContentApproved(String contentId, int revision, String title, String language, String category,
                              List<String> targetLanguages, BodyReference body) {

    /** The detail-type and major version this record is the data of. */
    public static final EventType TYPE = new EventType(DetailTypes.CONTENT_APPROVED, 1);

    public ContentApproved {
        String event = TYPE.name();
        Require.text(event, "contentId", contentId);
        Require.atLeast(event, "revision", revision, 1);
        Require.text(event, "title", title);
        Require.text(event, "language", language);
        Require.text(event, "category", category);
        targetLanguages = Require.list(event, "targetLanguages", targetLanguages);
        Require.present(event, "body", body);
    }
}

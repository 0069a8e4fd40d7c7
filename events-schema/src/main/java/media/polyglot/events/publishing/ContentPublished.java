package media.polyglot.events.publishing;

import java.time.Instant;
import java.util.List;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.EventType;
import media.polyglot.events.Require;

/**
 * Version 1 of ContentPublished (detail-type {@code ContentPublished}): a revision went live.
 * Superseded by {@link ContentPublishedV2}; publishing emits both while v1 has subscribers.
 *
 * @param contentId   id of the content item
 * @param revision    the revision that went live
 * @param category    the editorial category
 * @param url         the item's page in its original language
 * @param languages   every language it is live in, the original first
 * @param publishedAt when it went live
 */
public record ContentPublished(String contentId, int revision, String category, String url, List<String> languages,
                               Instant publishedAt) {

    /** The detail-type and major version this record is the data of. */
    public static final EventType TYPE = new EventType(DetailTypes.CONTENT_PUBLISHED, 1);

    public ContentPublished {
        String event = TYPE.toString();
        Require.text(event, "contentId", contentId);
        Require.atLeast(event, "revision", revision, 1);
        Require.text(event, "category", category);
        Require.text(event, "url", url);
        languages = Require.list(event, "languages", languages);
        Require.present(event, "publishedAt", publishedAt);
    }
}

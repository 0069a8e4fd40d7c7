package media.polyglot.events.publishing;

import java.time.Instant;
import java.util.List;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.EventType;
import media.polyglot.events.Require;

/**
 * Version 2 of ContentPublished (detail-type {@code ContentPublished.v2}): a revision went live,
 * with a URL and title per language. Breaking against v1: {@code url} is renamed
 * {@code canonicalUrl}, and {@code languages} is replaced by {@code editions}.
 *
 * @param contentId    id of the content item
 * @param revision     the revision that went live
 * @param category     the editorial category
 * @param canonicalUrl the item's page in its original language (v1: {@code url})
 * @param editions     one per live language, the original first
 * @param publishedAt  when it went live
 */
public record ContentPublishedV2(String contentId, int revision, String category, String canonicalUrl,
                                 List<Edition> editions, Instant publishedAt) {

    /** The detail-type and major version this record is the data of. */
    public static final EventType TYPE = new EventType(DetailTypes.CONTENT_PUBLISHED, 2);

    public ContentPublishedV2 {
        String event = TYPE.toString();
        Require.text(event, "contentId", contentId);
        Require.atLeast(event, "revision", revision, 1);
        Require.text(event, "category", category);
        Require.text(event, "canonicalUrl", canonicalUrl);
        editions = Require.list(event, "editions", editions);
        if (editions.isEmpty()) {
            throw new IllegalArgumentException(event + ".editions must hold at least the original language");
        }
        Require.present(event, "publishedAt", publishedAt);
    }

    /** The same fact in v1's shape, which publishing emits beside this one while v1 has subscribers. */
    public ContentPublished toV1() {
        return new ContentPublished(contentId, revision, category, canonicalUrl,
                editions.stream().map(Edition::language).toList(), publishedAt);
    }

    /**
     * The item as it is live in one language.
     *
     * @param language the edition's language (BCP 47 tag)
     * @param title    the title in that language
     * @param url      the page in that language
     */
    public record Edition(String language, String title, String url) {

        public Edition {
            String field = TYPE + ".editions";
            Require.text(field, "language", language);
            Require.text(field, "title", title);
            Require.text(field, "url", url);
        }
    }
}

package media.polyglot.notifications;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import media.polyglot.common.BusEvent;
import media.polyglot.common.InvalidEventException;
import media.polyglot.events.publishing.ContentPublishedV2;
import media.polyglot.events.publishing.ContentUnpublished;

/** The notices readers get: one per language edition of what went live or was taken down. */
public final class ReaderNotices {

    private ReaderNotices() {
    }

    public static List<ReaderNotice> of(BusEvent event) {
        if (event.is(ContentPublishedV2.TYPE)) {
            ContentPublishedV2 published = event.data(ContentPublishedV2.class);
            return published.editions().stream().map(edition -> new ReaderNotice(noticeId(event, edition.language()),
                    event.metadata().correlationId(), "published", published.contentId(), published.revision(),
                    edition.language(), published.category(), edition.title(), edition.url())).toList();
        }
        if (event.is(ContentUnpublished.TYPE)) {
            ContentUnpublished unpublished = event.data(ContentUnpublished.class);
            return unpublished.languages().stream().map(language -> new ReaderNotice(noticeId(event, language),
                    event.metadata().correlationId(), "unpublished", unpublished.contentId(), unpublished.revision(),
                    language, unpublished.category(), null, null)).toList();
        }
        throw new InvalidEventException("notifications handles ContentPublished.v2 and ContentUnpublished, not " + event.type());
    }

    /** Derived from the event and the language, so a retried publish repeats the id rather than minting one. */
    private static String noticeId(BusEvent event, String language) {
        return UUID.nameUUIDFromBytes((event.metadata().eventId() + "/" + language).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}

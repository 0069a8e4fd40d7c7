package media.polyglot.notifications;

import java.util.List;
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
            return published.editions().stream().map(edition -> new ReaderNotice("published", published.contentId(),
                    published.revision(), edition.language(), published.category(), edition.title(), edition.url()))
                    .toList();
        }
        if (event.is(ContentUnpublished.TYPE)) {
            ContentUnpublished unpublished = event.data(ContentUnpublished.class);
            return unpublished.languages().stream().map(language -> new ReaderNotice("unpublished",
                    unpublished.contentId(), unpublished.revision(), language, unpublished.category(), null, null)).toList();
        }
        throw new InvalidEventException("notifications handles ContentPublished.v2 and ContentUnpublished, not " + event.type());
    }
}

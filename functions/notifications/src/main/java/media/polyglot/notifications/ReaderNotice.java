package media.polyglot.notifications;

import java.util.Objects;

/**
 * One message to readers of one language: an edition went live or was taken down. Its language and
 * category travel as SNS message attributes, so a reader subscription filters on them.
 *
 * @param noticeId      the same for every delivery of this notice (SNS delivers at least once): a reader drops repeats
 * @param correlationId the flow the notice ends, as the bus's events carry it
 * @param kind      {@code published} or {@code unpublished}
 * @param contentId the item
 * @param revision  the revision concerned
 * @param language  the edition's language
 * @param category  the item's category, or null when the event does not say (ContentUnpublished)
 * @param title     the edition's title, or null for a take-down
 * @param url       the edition's page, or null for a take-down
 */
public record ReaderNotice(String noticeId, String correlationId, String kind, String contentId, int revision, String language, String category,
                           String title, String url) {

    public ReaderNotice {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentId, "contentId");
        Objects.requireNonNull(language, "language");
    }
}

package media.polyglot.events;

import java.util.List;
import java.util.Objects;

/**
 * Emitted by content when an author submits a new item; moderation reviews it next.
 * The body itself stays in the content table (claim check): the event carries its reference.
 *
 * @param contentId       id of the content item
 * @param revision        1 for a submission
 * @param title           the title as submitted
 * @param language        the language the body is written in (BCP 47 tag)
 * @param category        the editorial category
 * @param targetLanguages languages to translate into
 */
public record ContentSubmitted(String contentId, int revision, String title, String language, String category,
                               List<String> targetLanguages) {

    /** The detail-type and major version this record is the data of. */
    public static final EventType TYPE = new EventType(DetailTypes.CONTENT_SUBMITTED, 1);

    public ContentSubmitted {
        Objects.requireNonNull(contentId, "contentId is required");
        targetLanguages = List.copyOf(targetLanguages);
    }
}

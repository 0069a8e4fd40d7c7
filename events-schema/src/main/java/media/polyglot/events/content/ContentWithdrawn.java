package media.polyglot.events.content;

import media.polyglot.events.DetailTypes;
import media.polyglot.events.EventType;
import media.polyglot.events.Require;

/**
 * Emitted by content when an author withdraws an item; publishing takes it down if it is live.
 *
 * @param contentId id of the content item
 * @param revision  the latest revision when it was withdrawn
 * @param reason    why, in the author's words, or null
 */
public record ContentWithdrawn(String contentId, int revision, String reason) {

    /** The detail-type and major version this record is the data of. */
    public static final EventType TYPE = new EventType(DetailTypes.CONTENT_WITHDRAWN, 1);

    public ContentWithdrawn {
        Require.text(TYPE.name(), "contentId", contentId);
        Require.atLeast(TYPE.name(), "revision", revision, 1);
    }
}

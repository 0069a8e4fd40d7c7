package media.polyglot.events.moderation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.EventType;
import media.polyglot.events.Require;

/**
 * Emitted by moderation when a revision fails review; the author may revise it.
 *
 * @param contentId id of the content item
 * @param revision  the rejected revision
 * @param reason    why it was rejected
 * @param note      the reviewer's note to the author, or null
 */
public record ContentRejected(String contentId, int revision, Reason reason, String note) {

    /** The detail-type and major version this record is the data of. */
    public static final EventType TYPE = new EventType(DetailTypes.CONTENT_REJECTED, 1);

    public ContentRejected {
        Require.text(TYPE.name(), "contentId", contentId);
        Require.atLeast(TYPE.name(), "revision", revision, 1);
        Require.present(TYPE.name(), "reason", reason);
    }

    /** Why a revision was rejected. */
    public enum Reason {
        POLICY_VIOLATION, LEGAL_RISK, QUALITY, DUPLICATE,
        /** Read in place of a value added to the schema after this library was built; never published. */
        @JsonEnumDefaultValue UNRECOGNIZED
    }
}

package media.polyglot.events.publishing;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.List;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.EventType;
import media.polyglot.events.Require;

/**
 * Emitted by publishing when a live item is taken down.
 *
 * @param contentId id of the content item
 * @param revision  the revision that was live
 * @param reason    why it was taken down
 * @param languages the languages taken down
 * @param category  the item's editorial category; optional, added to v1 after its first release
 */
public record ContentUnpublished(String contentId, int revision, Reason reason, List<String> languages,
                                 String category) {

    /** The detail-type and major version this record is the data of. */
    public static final EventType TYPE = new EventType(DetailTypes.CONTENT_UNPUBLISHED, 1);

    public ContentUnpublished {
        String event = TYPE.name();
        Require.text(event, "contentId", contentId);
        Require.atLeast(event, "revision", revision, 1);
        Require.present(event, "reason", reason);
        languages = Require.list(event, "languages", languages);
    }

    /** Why a live item was taken down. */
    public enum Reason {
        /** The author withdrew it. */
        WITHDRAWN,
        /** Publishing undid a publication it could not complete. */
        COMPENSATED,
        /** Read in place of a value added to the schema after this library was built; never published. */
        @JsonEnumDefaultValue UNRECOGNIZED
    }
}

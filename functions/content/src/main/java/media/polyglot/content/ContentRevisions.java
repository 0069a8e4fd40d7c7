package media.polyglot.content;

import media.polyglot.common.EnvelopeFactory;
import media.polyglot.events.BodyReference;
import media.polyglot.events.Envelope;
import media.polyglot.events.content.ContentRevised;
import media.polyglot.events.content.ContentWithdrawn;

/**
 * The rules of a live item's changes: a revision replaces every field and takes the next revision number,
 * announced by ContentRevised with its body's claim check; a withdrawal names the latest revision, announced
 * by ContentWithdrawn. Whether the item may still change is the store's to check, in the same write.
 */
public final class ContentRevisions {

    private final EnvelopeFactory envelopes;

    public ContentRevisions(EnvelopeFactory envelopes) {
        this.envelopes = envelopes;
    }

    /** The next revision of {@code current} with the fields of {@code draft}. */
    public Revision revise(ContentItem current, SubmitContentCommand draft, String changeNote, String correlationId,
                           String causationId) {
        int next = current.revision() + 1;
        ContentRevised data = new ContentRevised(current.contentId(), next, draft.title(), draft.language(), draft.category(),
                draft.targetLanguages(), BodyReference.ofText(ContentSubmissions.bodyUri(current.contentId(), next), draft.body()),
                changeNote);
        Envelope<ContentRevised> event = envelopes.envelop(ContentRevised.TYPE, data, correlationId, causationId);
        ContentItem item = new ContentItem(current.contentId(), next, draft.title(), draft.body(), draft.language(),
                draft.category(), draft.targetLanguages(), event.metadata().occurredAt());
        return new Revision(item, current.revision(), event);
    }

    /** The withdrawal of {@code current} at its latest revision. */
    public Withdrawal withdraw(ContentItem current, String reason, String correlationId, String causationId) {
        return new Withdrawal(current.contentId(), current.revision(), envelopes.envelop(ContentWithdrawn.TYPE,
                new ContentWithdrawn(current.contentId(), current.revision(), reason), correlationId, causationId));
    }

    /**
     * A revision decided: the item as it becomes, the revision it replaces, and its event.
     *
     * @param item     the item at its new revision
     * @param replaces the revision the store must still hold for the revision to be saved
     * @param event    ContentRevised
     */
    public record Revision(ContentItem item, int replaces, Envelope<ContentRevised> event) {
    }

    /**
     * A withdrawal decided.
     *
     * @param contentId the item
     * @param revision  the revision the store must still hold for the withdrawal to be saved
     * @param event     ContentWithdrawn
     */
    public record Withdrawal(String contentId, int revision, Envelope<ContentWithdrawn> event) {
    }
}

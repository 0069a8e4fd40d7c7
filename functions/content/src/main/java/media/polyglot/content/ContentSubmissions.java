package media.polyglot.content;

import media.polyglot.common.EnvelopeFactory;
import media.polyglot.events.BodyReference;
import media.polyglot.events.content.ContentSubmitted;
import media.polyglot.events.Envelope;

/**
 * The rule of a submission: a new item at revision 1, announced by ContentSubmitted. The body stays
 * in the content table; the event carries its claim check (reference, size and hash).
 */
public final class ContentSubmissions {

    private final EnvelopeFactory envelopes;

    public ContentSubmissions(EnvelopeFactory envelopes) {
        this.envelopes = envelopes;
    }

    /**
     * @param correlationId the flow this item starts (the client's, or a new one)
     * @param causationId   the request that caused it
     */
    public Submission submit(SubmitContentCommand command, String correlationId, String causationId) {
        String contentId = envelopes.newId();
        ContentSubmitted data = new ContentSubmitted(contentId, 1, command.title(), command.language(),
                command.category(), command.targetLanguages(), BodyReference.ofText(bodyUri(contentId, 1), command.body()));
        Envelope<ContentSubmitted> event = envelopes.envelop(ContentSubmitted.TYPE, data, correlationId, causationId);
        ContentItem item = new ContentItem(contentId, 1, command.title(), command.body(), command.language(),
                command.category(), command.targetLanguages(), event.metadata().occurredAt());
        return new Submission(item, event);
    }

    /** Where a revision's body is, as events refer to it; the content API resolves it. */
    static String bodyUri(String contentId, int revision) {
        return "polyglot://content/" + contentId + "/revisions/" + revision + "/body";
    }
}

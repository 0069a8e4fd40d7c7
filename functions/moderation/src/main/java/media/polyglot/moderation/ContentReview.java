package media.polyglot.moderation;

import java.util.List;
import media.polyglot.common.BusEvent;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.InvalidEventException;
import media.polyglot.common.OutgoingEvent;
import media.polyglot.events.BodyReference;
import media.polyglot.events.Sources;
import media.polyglot.events.content.ContentRevised;
import media.polyglot.events.content.ContentSubmitted;
import media.polyglot.events.moderation.ContentApproved;
import media.polyglot.events.moderation.ContentRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reviews each submitted or revised revision: fetches its body by the claim check (the content table,
 * read-only), verifies it against the hash the event carries, applies the {@link ModerationPolicy} and
 * answers ContentApproved or ContentRejected, caused by the event reviewed. A revision that is no longer
 * the item's latest is not reviewed: the newer revision's own event brings it to review.
 */
public final class ContentReview {

    private static final Logger LOG = LoggerFactory.getLogger(ContentReview.class);

    private final ModerationPolicy policy;
    private final ContentBodies bodies;
    private final EnvelopeFactory envelopes;

    public ContentReview(ModerationPolicy policy, ContentBodies bodies, EnvelopeFactory envelopes) {
        this.policy = policy;
        this.bodies = bodies;
        this.envelopes = envelopes;
    }

    public List<OutgoingEvent> review(BusEvent event) {
        ContentApproved candidate = candidate(event);
        // The item and its outbox row are written in one transaction and read here consistently: an event for an
        // item the table lacks did not come from the content API, and no retry will find it.
        ContentBodies.StoredBody stored = bodies.current(candidate.contentId()).orElseThrow(() -> new InvalidEventException(
                "content " + candidate.contentId() + " is not in the content table, though its event was published"));
        if (stored.revision() > candidate.revision()) {
            LOG.info("revision {} of {} is superseded by revision {}; not reviewed", candidate.revision(),
                    candidate.contentId(), stored.revision());
            return List.of();
        }
        if (stored.revision() < candidate.revision()) {
            throw new IllegalStateException("content table holds revision " + stored.revision() + " of "
                    + candidate.contentId() + ", older than the event's " + candidate.revision() + "; retried");
        }
        String storedHash = BodyReference.ofText(candidate.body().uri(), stored.body()).sha256();
        if (!storedHash.equals(candidate.body().sha256())) {
            throw new InvalidEventException("body of " + candidate.contentId() + " revision " + candidate.revision()
                    + " hashes to " + storedHash + " but the event's claim check says " + candidate.body().sha256());
        }
        Verdict verdict = policy.review(new Draft(candidate.contentId(), candidate.revision(), candidate.title(),
                candidate.language(), stored.body()));
        if (verdict.isApproved()) {
            return List.of(OutgoingEvent.of(Sources.MODERATION, ContentApproved.TYPE,
                    envelopes.causedBy(event.metadata(), ContentApproved.TYPE, candidate)));
        }
        ContentRejected rejected = new ContentRejected(candidate.contentId(), candidate.revision(), verdict.reason(),
                verdict.note());
        return List.of(OutgoingEvent.of(Sources.MODERATION, ContentRejected.TYPE,
                envelopes.causedBy(event.metadata(), ContentRejected.TYPE, rejected)));
    }

    /** What would be approved: the revision as the event describes it. */
    private static ContentApproved candidate(BusEvent event) {
        if (event.is(ContentSubmitted.TYPE)) {
            ContentSubmitted s = event.data(ContentSubmitted.class);
            return new ContentApproved(s.contentId(), s.revision(), s.title(), s.language(), s.category(),
                    s.targetLanguages(), s.body());
        }
        if (event.is(ContentRevised.TYPE)) {
            ContentRevised r = event.data(ContentRevised.class);
            return new ContentApproved(r.contentId(), r.revision(), r.title(), r.language(), r.category(),
                    r.targetLanguages(), r.body());
        }
        throw new InvalidEventException("moderation reviews ContentSubmitted and ContentRevised, not " + event.type());
    }
}

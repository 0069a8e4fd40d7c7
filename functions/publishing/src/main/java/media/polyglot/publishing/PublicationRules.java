package media.polyglot.publishing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.OutgoingEvent;
import media.polyglot.events.EventMetadata;
import media.polyglot.events.EventType;
import media.polyglot.events.Sources;
import media.polyglot.events.content.ContentWithdrawn;
import media.polyglot.events.localization.TranslationCompleted;
import media.polyglot.events.localization.TranslationFailed;
import media.polyglot.events.moderation.ContentApproved;
import media.polyglot.events.publishing.ContentPublished;
import media.polyglot.events.publishing.ContentPublishedV2;
import media.polyglot.events.publishing.ContentUnpublished;

/**
 * The business rule of publishing, as a plain class:
 * <ul>
 *   <li>a revision is published once it is approved and every language requested for it is translated or
 *       has failed (a failed language is published without); events may arrive in any order;</li>
 *   <li>only the newest revision counts: events about an older one are ignored, a newer one starts over;</li>
 *   <li>a withdrawn item is never published again, and if it was live it is taken down (ContentUnpublished):
 *       the compensation of its publication.</li>
 * </ul>
 * Publication is announced as ContentPublished.v2 and, while v1 has subscribers, ContentPublished.
 */
public final class PublicationRules {

    private final EnvelopeFactory envelopes;
    private final String siteUrl;
    private final Clock clock;

    public PublicationRules(EnvelopeFactory envelopes, String siteUrl, Clock clock) {
        this.envelopes = envelopes;
        this.siteUrl = siteUrl;
        this.clock = clock;
    }

    public Decision onApproved(Publication state, EventMetadata cause, ContentApproved approved) {
        if (state.withdrawn() || approved.revision() < state.revision()) {
            return Decision.quiet(state);
        }
        return publishIfReady(current(state, approved.revision(), cause).approved(approved), cause);
    }

    public Decision onTranslated(Publication state, EventMetadata cause, TranslationCompleted completed) {
        if (state.withdrawn() || completed.revision() < state.revision()) {
            return Decision.quiet(state);
        }
        return publishIfReady(current(state, completed.revision(), cause).translated(completed.language(), completed.title()), cause);
    }

    public Decision onTranslationFailed(Publication state, EventMetadata cause, TranslationFailed failed) {
        if (state.withdrawn() || failed.revision() < state.revision()) {
            return Decision.quiet(state);
        }
        return publishIfReady(current(state, failed.revision(), cause).failedIn(failed.language()), cause);
    }

    public Decision onWithdrawn(Publication state, EventMetadata cause, ContentWithdrawn withdrawn) {
        if (state.withdrawn()) {
            return Decision.quiet(state);
        }
        if (state.live() == null) {
            return Decision.quiet(state.withdrawnNow());
        }
        ContentUnpublished unpublished = new ContentUnpublished(state.contentId(), state.live().revision(),
                ContentUnpublished.Reason.WITHDRAWN, state.live().languages(),
                state.approval() == null ? null : state.approval().category());
        return new Decision(state.withdrawnNow(), List.of(emit(cause, ContentUnpublished.TYPE, unpublished)));
    }

    // The item at the event's revision (a newer one starts over), knowing when the event happened.
    private static Publication current(Publication state, int revision, EventMetadata cause) {
        return revision > state.revision() ? state.atRevision(revision, cause.occurredAt()) : state.heardOf(cause.occurredAt());
    }

    private Decision publishIfReady(Publication state, EventMetadata cause) {
        ContentApproved approval = state.approval();
        boolean alreadyLive = state.live() != null && state.live().revision() == state.revision();
        if (approval == null || alreadyLive || !everyLanguageSettled(state)) {
            return Decision.quiet(state);
        }
        List<ContentPublishedV2.Edition> editions = new ArrayList<>();
        editions.add(new ContentPublishedV2.Edition(approval.language(), approval.title(), url(approval, approval.language())));
        for (String language : approval.targetLanguages()) {
            String title = state.translations().get(language);
            if (title != null) {
                editions.add(new ContentPublishedV2.Edition(language, title, url(approval, language)));
            }
        }
        Instant now = clock.instant();
        ContentPublishedV2 published = new ContentPublishedV2(approval.contentId(), approval.revision(),
                approval.category(), url(approval, approval.language()), editions, now);
        Publication live = state.wentLive(new Publication.Live(approval.revision(),
                editions.stream().map(ContentPublishedV2.Edition::language).toList()));
        return new Decision(live, List.of(
                emit(cause, ContentPublishedV2.TYPE, published),
                emit(cause, ContentPublished.TYPE, published.toV1())),
                state.flowStartedAt() == null ? null : Duration.between(state.flowStartedAt(), now));
    }

    private static boolean everyLanguageSettled(Publication state) {
        return state.approval().targetLanguages().stream()
                .allMatch(language -> state.translations().containsKey(language) || state.failed().contains(language));
    }

    private String url(ContentApproved approval, String language) {
        return siteUrl + "/" + language + "/" + approval.category() + "/" + approval.contentId();
    }

    private <T> OutgoingEvent emit(EventMetadata cause, EventType type, T data) {
        return OutgoingEvent.of(Sources.PUBLISHING, type, envelopes.causedBy(cause, type, data));
    }
}

package media.polyglot.localization;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import media.polyglot.events.localization.TranslationRequested;
import media.polyglot.events.moderation.ContentApproved;

/**
 * The business rules of localization, free of storage and transport: one request per target language of
 * an approved revision, each due within a time limit; a request declined or not answered in time is asked
 * again until the retry budget is spent, then the language fails.
 */
public final class TranslationPlan {

    /** How long vendors are given to answer a request. */
    static final Duration TIME_TO_ANSWER = Duration.ofHours(1);

    private final int attemptsPerLanguage;
    private final Clock clock;

    public TranslationPlan(int attemptsPerLanguage, Clock clock) {
        if (attemptsPerLanguage < 1) {
            throw new IllegalArgumentException("each language needs at least one attempt, was " + attemptsPerLanguage);
        }
        this.attemptsPerLanguage = attemptsPerLanguage;
        this.clock = clock;
    }

    /** The first request of each target language of an approved revision. */
    public List<TranslationRequest> requestsFor(ContentApproved approved) {
        return approved.targetLanguages().stream().map(language -> new TranslationRequest(new TranslationRequested(
                TranslationRequest.requestId(approved.contentId(), approved.revision(), language, 1),
                approved.contentId(), approved.revision(), approved.language(), language, approved.title(),
                approved.body(), clock.instant().plus(TIME_TO_ANSWER)), 1, TranslationRequest.Status.REQUESTED))
                .toList();
    }

    /** After a decline or a timeout: the next attempt, or empty when the budget is spent and the language fails. */
    public Optional<TranslationRequest> retry(TranslationRequest out) {
        if (out.attempt() >= attemptsPerLanguage) {
            return Optional.empty();
        }
        TranslationRequested last = out.request();
        int attempt = out.attempt() + 1;
        return Optional.of(new TranslationRequest(new TranslationRequested(
                TranslationRequest.requestId(last.contentId(), last.revision(), last.targetLanguage(), attempt),
                last.contentId(), last.revision(), last.sourceLanguage(), last.targetLanguage(), last.title(),
                last.source(), clock.instant().plus(TIME_TO_ANSWER)), attempt, TranslationRequest.Status.REQUESTED));
    }
}

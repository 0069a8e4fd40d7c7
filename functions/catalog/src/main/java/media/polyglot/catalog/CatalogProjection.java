package media.polyglot.catalog;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import media.polyglot.catalog.CatalogEntry.Live;
import media.polyglot.catalog.CatalogEntry.Stage;
import media.polyglot.common.BusEvent;
import media.polyglot.common.InvalidEventException;
import media.polyglot.events.EventType;
import media.polyglot.events.content.ContentRevised;
import media.polyglot.events.content.ContentSubmitted;
import media.polyglot.events.content.ContentWithdrawn;
import media.polyglot.events.localization.TranslationCompleted;
import media.polyglot.events.localization.TranslationFailed;
import media.polyglot.events.moderation.ContentApproved;
import media.polyglot.events.moderation.ContentRejected;
import media.polyglot.events.publishing.ContentPublishedV2;
import media.polyglot.events.publishing.ContentUnpublished;

/**
 * The catalog's rule, a pure function from an entry and an event to the next entry. Events arrive in any
 * order and any number of times, and a rebuild replays them all again, so every rule is idempotent and
 * order-tolerant: an older revision's events change nothing, a newer revision starts over, a stage only moves
 * forward, and a take-down outranks a late publication of the same revision.
 */
public final class CatalogProjection {

    /** The events the catalog learns from; a replay of the whole event store brings others too. */
    private static final Set<EventType> PROJECTED = Set.of(ContentSubmitted.TYPE, ContentRevised.TYPE, ContentWithdrawn.TYPE,
            ContentApproved.TYPE, ContentRejected.TYPE, TranslationCompleted.TYPE, TranslationFailed.TYPE,
            ContentPublishedV2.TYPE, ContentUnpublished.TYPE);

    private CatalogProjection() {
    }

    /** Whether the catalog learns anything from events of {@code type}. */
    public static boolean projects(EventType type) {
        return PROJECTED.contains(type);
    }

    /** The entry after {@code event}; the same entry when the event teaches the catalog nothing new. */
    public static CatalogEntry apply(CatalogEntry entry, BusEvent event) {
        Instant at = event.metadata().occurredAt();
        if (event.is(ContentSubmitted.TYPE)) {
            ContentSubmitted s = event.data(ContentSubmitted.class);
            return described(entry, s.revision(), Stage.IN_REVIEW, s.title(), s.language(), s.category(), s.targetLanguages(), at);
        }
        if (event.is(ContentRevised.TYPE)) {
            ContentRevised r = event.data(ContentRevised.class);
            return described(entry, r.revision(), Stage.IN_REVIEW, r.title(), r.language(), r.category(), r.targetLanguages(), at);
        }
        if (event.is(ContentApproved.TYPE)) {
            ContentApproved a = event.data(ContentApproved.class);
            return described(entry, a.revision(), Stage.APPROVED, a.title(), a.language(), a.category(), a.targetLanguages(), at);
        }
        if (event.is(ContentRejected.TYPE)) {
            ContentRejected r = event.data(ContentRejected.class);
            return reached(entry, r.revision(), Stage.REJECTED, at);
        }
        if (event.is(TranslationCompleted.TYPE)) {
            TranslationCompleted t = event.data(TranslationCompleted.class);
            return translated(entry, t.revision(), t.language(), "COMPLETED", at);
        }
        if (event.is(TranslationFailed.TYPE)) {
            TranslationFailed t = event.data(TranslationFailed.class);
            return translated(entry, t.revision(), t.language(), "FAILED", at);
        }
        if (event.is(ContentPublishedV2.TYPE)) {
            return published(entry, event.data(ContentPublishedV2.class), at);
        }
        if (event.is(ContentUnpublished.TYPE)) {
            return unpublished(entry, event.data(ContentUnpublished.class), at);
        }
        if (event.is(ContentWithdrawn.TYPE)) {
            return entry.withdrawn() ? entry : new CatalogEntry(entry.contentId(), entry.revision(), entry.stage(),
                    entry.title(), entry.language(), entry.category(), entry.targetLanguages(), entry.translations(),
                    entry.live(), entry.unpublishedRevision(), true, later(entry, at));
        }
        throw new InvalidEventException("the catalog does not project " + event.type());
    }

    /** An event that describes a revision: its fields replace an older revision's, and fill in the same one's. */
    private static CatalogEntry described(CatalogEntry entry, int revision, Stage stage, String title, String language,
                                          String category, List<String> targets, Instant at) {
        if (revision < entry.revision()) {
            return entry;
        }
        CatalogEntry current = revision > entry.revision() ? newRevision(entry, revision) : entry;
        return new CatalogEntry(current.contentId(), revision, current.stage().atLeast(stage), title, language, category,
                targets, current.translations(), current.live(), current.unpublishedRevision(), current.withdrawn(),
                later(current, at));
    }

    private static CatalogEntry reached(CatalogEntry entry, int revision, Stage stage, Instant at) {
        if (revision < entry.revision()) {
            return entry;
        }
        CatalogEntry current = revision > entry.revision() ? newRevision(entry, revision) : entry;
        return new CatalogEntry(current.contentId(), revision, current.stage().atLeast(stage), current.title(),
                current.language(), current.category(), current.targetLanguages(), current.translations(), current.live(),
                current.unpublishedRevision(), current.withdrawn(), later(current, at));
    }

    private static CatalogEntry translated(CatalogEntry entry, int revision, String language, String outcome, Instant at) {
        if (revision < entry.revision()) {
            return entry;
        }
        // Only an approved revision is translated.
        CatalogEntry current = reached(entry, revision, Stage.APPROVED, at);
        Map<String, String> translations = new HashMap<>(current.translations());
        translations.putIfAbsent(language, outcome);
        return new CatalogEntry(current.contentId(), revision, current.stage(), current.title(), current.language(),
                current.category(), current.targetLanguages(), translations, current.live(), current.unpublishedRevision(),
                current.withdrawn(), current.updatedAt());
    }

    private static CatalogEntry published(CatalogEntry entry, ContentPublishedV2 published, Instant at) {
        boolean newer = entry.live() == null || published.revision() > entry.live().revision();
        if (!newer || published.revision() <= entry.unpublishedRevision()) {
            return entry;
        }
        CatalogEntry current = reached(entry, published.revision(), Stage.PUBLISHED, at);
        return new CatalogEntry(current.contentId(), current.revision(), current.stage(),
                current.title() == null ? published.editions().get(0).title() : current.title(),
                current.language() == null ? published.editions().get(0).language() : current.language(),
                published.category(), current.targetLanguages(), current.translations(),
                new Live(published.revision(), published.editions(), published.publishedAt()),
                current.unpublishedRevision(), current.withdrawn(), current.updatedAt());
    }

    private static CatalogEntry unpublished(CatalogEntry entry, ContentUnpublished unpublished, Instant at) {
        if (unpublished.revision() <= entry.unpublishedRevision()) {
            return entry;
        }
        boolean takesDownLive = entry.live() != null && entry.live().revision() <= unpublished.revision();
        return new CatalogEntry(entry.contentId(), entry.revision(), entry.stage(), entry.title(), entry.language(),
                entry.category(), entry.targetLanguages(), entry.translations(), takesDownLive ? null : entry.live(),
                unpublished.revision(), entry.withdrawn() || unpublished.reason() == ContentUnpublished.Reason.WITHDRAWN,
                later(entry, at));
    }

    private static CatalogEntry newRevision(CatalogEntry entry, int revision) {
        return new CatalogEntry(entry.contentId(), revision, Stage.IN_REVIEW, entry.title(), entry.language(),
                entry.category(), entry.targetLanguages(), Map.of(), entry.live(), entry.unpublishedRevision(),
                entry.withdrawn(), entry.updatedAt());
    }

    private static Instant later(CatalogEntry entry, Instant at) {
        return entry.updatedAt() == null || at.isAfter(entry.updatedAt()) ? at : entry.updatedAt();
    }
}

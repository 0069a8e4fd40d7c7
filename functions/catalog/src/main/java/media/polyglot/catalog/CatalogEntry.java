package media.polyglot.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import media.polyglot.events.publishing.ContentPublishedV2;

/**
 * What the catalog knows of one content item: its newest revision and how far that revision got, what is
 * live, and whether the author withdrew it. Descriptive fields are null until an event that carries them
 * arrives (events come in any order).
 *
 * @param contentId           the item
 * @param revision            the newest revision heard of
 * @param stage               how far that revision got
 * @param title               its title, in its original language
 * @param language            its original language
 * @param category            its editorial category
 * @param targetLanguages     the languages it is translated into
 * @param translations        per target language of that revision: {@code COMPLETED} or {@code FAILED}
 * @param live                what is live, or null
 * @param unpublishedRevision the newest revision taken down (0 if none): a publication of it or an older one
 *                            that arrives late does not go live again
 * @param withdrawn           whether the author withdrew the item
 * @param updatedAt           when the latest event applied occurred
 */
public record CatalogEntry(String contentId, int revision, Stage stage, String title, String language, String category,
                           List<String> targetLanguages, Map<String, String> translations, Live live,
                           int unpublishedRevision, boolean withdrawn, Instant updatedAt) {

    public CatalogEntry {
        Objects.requireNonNull(contentId, "contentId");
        Objects.requireNonNull(stage, "stage");
        targetLanguages = targetLanguages == null ? List.of() : List.copyOf(targetLanguages);
        translations = translations == null ? Map.of() : Map.copyOf(new TreeMap<>(translations));
    }

    /** An item the catalog has heard nothing of. */
    static CatalogEntry empty(String contentId) {
        return new CatalogEntry(contentId, 0, Stage.IN_REVIEW, null, null, null, List.of(), Map.of(), null, 0, false, null);
    }

    /** The item's status as readers and editors see it: withdrawn above all, else its newest revision's stage. */
    public String status() {
        return withdrawn ? "WITHDRAWN" : stage.name();
    }

    /** The languages the item is live in, the original first; empty when nothing is live. */
    public List<String> languages() {
        return live == null ? List.of() : live.editions().stream().map(ContentPublishedV2.Edition::language).toList();
    }

    /** How far a revision got; a later stage never falls back to an earlier one for the same revision. */
    public enum Stage {
        IN_REVIEW, REJECTED, APPROVED, PUBLISHED;

        Stage atLeast(Stage other) {
            return compareTo(other) >= 0 ? this : other;
        }
    }

    /**
     * What is live of an item.
     *
     * @param revision    the live revision
     * @param editions    one per live language, the original first
     * @param publishedAt when it went live
     */
    public record Live(int revision, List<ContentPublishedV2.Edition> editions, Instant publishedAt) {
        public Live {
            editions = List.copyOf(editions);
        }
    }
}

package media.polyglot.publishing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import media.polyglot.events.moderation.ContentApproved;

/**
 * The process manager's state for one content item: the newest revision it has heard of, whether that
 * revision is approved, which of its languages are translated or failed, and what is live.
 *
 * @param contentId     the item
 * @param revision      the newest revision heard of (0 before any event)
 * @param approval      that revision's approval, or null while it is not approved (yet)
 * @param translations  translated title per language of that revision
 * @param failed        languages of that revision that failed
 * @param withdrawn     whether the author withdrew the item; nothing is published after that
 * @param live          what is live, or null when nothing is
 * @param flowStartedAt when the earliest event of that revision's flow publishing received happened: its approval,
 *                      which moderation emits moments after the submission (null in states saved before it was kept)
 */
public record Publication(String contentId, int revision, ContentApproved approval, Map<String, String> translations,
                          Set<String> failed, boolean withdrawn, Live live, Instant flowStartedAt) {

    public Publication {
        Objects.requireNonNull(contentId, "contentId");
        translations = Map.copyOf(translations);
        failed = Set.copyOf(failed);
    }

    /** An item publishing has heard nothing of. */
    public static Publication start(String contentId) {
        return new Publication(contentId, 0, null, Map.of(), Set.of(), false, null, null);
    }

    /**
     * The same item, moved on to a newer revision whose flow's first event (to publishing) happened at
     * {@code startedAt}: nothing of the older revision counts towards it.
     */
    Publication atRevision(int newer, Instant startedAt) {
        return new Publication(contentId, newer, null, Map.of(), Set.of(), withdrawn, live, startedAt);
    }

    Publication approved(ContentApproved approved) {
        return new Publication(contentId, revision, approved, translations, failed, withdrawn, live, flowStartedAt);
    }

    Publication translated(String language, String title) {
        Map<String, String> more = new LinkedHashMap<>(translations);
        more.put(language, title);
        return new Publication(contentId, revision, approval, more, failed, withdrawn, live, flowStartedAt);
    }

    Publication failedIn(String language) {
        Set<String> more = new TreeSet<>(failed);
        more.add(language);
        return new Publication(contentId, revision, approval, translations, more, withdrawn, live, flowStartedAt);
    }

    Publication wentLive(Live nowLive) {
        return new Publication(contentId, revision, approval, translations, failed, withdrawn, nowLive, flowStartedAt);
    }

    /**
     * The same item, having received an event of its revision's flow that happened at {@code occurredAt}, earlier
     * perhaps than those it received before (events come in any order). An unknown start stays unknown.
     */
    Publication heardOf(Instant occurredAt) {
        if (flowStartedAt == null || !occurredAt.isBefore(flowStartedAt)) {
            return this;
        }
        return new Publication(contentId, revision, approval, translations, failed, withdrawn, live, occurredAt);
    }

    Publication withdrawnNow() {
        return new Publication(contentId, revision, approval, translations, failed, true, null, flowStartedAt);
    }

    /**
     * What is live of an item.
     *
     * @param revision  the live revision
     * @param languages its live languages, the original first
     */
    public record Live(int revision, List<String> languages) {
        public Live {
            languages = List.copyOf(languages);
        }
    }
}

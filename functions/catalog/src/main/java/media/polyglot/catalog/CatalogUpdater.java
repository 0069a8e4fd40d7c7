package media.polyglot.catalog;

import media.polyglot.common.BusEvent;

/**
 * Applies one event to the read model: reads the entry, lets {@link CatalogProjection} decide, and saves the
 * change with optimistic locking, reading again when another writer got there first. An event that changes
 * nothing (a duplicate, a stale revision's) writes nothing.
 */
public final class CatalogUpdater {

    /** Writers of one item are few (one subscription, an occasional rebuild): a handful of rereads suffices. */
    private static final int ATTEMPTS = 5;

    private final CatalogStore store;

    public CatalogUpdater(CatalogStore store) {
        this.store = store;
    }

    /** @return whether the entry changed */
    public boolean apply(BusEvent event) {
        String contentId = event.detail().path("data").path("contentId").asText();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            CatalogStore.Stored stored = store.load(contentId);
            CatalogEntry next = CatalogProjection.apply(stored.entry(), event);
            if (next.equals(stored.entry())) {
                return false;
            }
            if (store.save(stored.entry(), next, stored.version())) {
                return true;
            }
        }
        throw new IllegalStateException("catalog entry " + contentId + " kept changing under " + event.type() + " "
                + event.metadata().eventId() + " for " + ATTEMPTS + " attempts; the message returns to its queue");
    }
}

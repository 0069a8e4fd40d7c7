package media.polyglot.catalog;

import static media.polyglot.catalog.CatalogEvents.approved;
import static media.polyglot.catalog.CatalogEvents.published;
import static media.polyglot.catalog.CatalogEvents.rejected;
import static media.polyglot.catalog.CatalogEvents.submitted;
import static media.polyglot.catalog.CatalogEvents.translated;
import static media.polyglot.catalog.CatalogEvents.unpublished;
import static media.polyglot.catalog.CatalogEvents.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import media.polyglot.common.BusEvent;
import org.junit.jupiter.api.Test;

/** The catalog's rule, decided in memory. */
class CatalogProjectionTest {

    @Test
    void theLifecycleOfAnItemEndsPublishedInEveryLanguage() {
        CatalogEntry entry = replay(submitted(1), approved(1), translated(1, "de"), translated(1, "fr"), published(1, "de", "fr"));

        assertThat(entry.status()).isEqualTo("PUBLISHED");
        assertThat(entry.revision()).isEqualTo(1);
        assertThat(entry.title()).isEqualTo("Night trains");
        assertThat(entry.translations()).isEqualTo(Map.of("de", "COMPLETED", "fr", "COMPLETED"));
        assertThat(entry.languages()).containsExactly("en", "de", "fr");
    }

    @Test
    void anyOrderAndAnyNumberOfDeliveriesGiveTheSameEntry() {
        List<BusEvent> events = List.of(submitted(1), approved(1), translated(1, "de"), translated(1, "fr"),
                published(1, "de", "fr"));
        CatalogEntry inOrder = replay(events.toArray(BusEvent[]::new));
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            List<BusEvent> shuffled = new ArrayList<>(events);
            shuffled.addAll(events.subList(0, random.nextInt(events.size())));
            Collections.shuffle(shuffled, random);

            CatalogEntry entry = replay(shuffled.toArray(BusEvent[]::new));

            assertThat(entry.status()).isEqualTo(inOrder.status());
            assertThat(entry.languages()).isEqualTo(inOrder.languages());
            assertThat(entry.translations()).isEqualTo(inOrder.translations());
            assertThat(entry.title()).isEqualTo(inOrder.title());
        }
    }

    @Test
    void aRejectedRevisionIsNeverLive() {
        CatalogEntry entry = replay(submitted(1), rejected(1));

        assertThat(entry.status()).isEqualTo("REJECTED");
        assertThat(entry.languages()).isEmpty();
    }

    @Test
    void eventsOfAnOlderRevisionChangeNothing() {
        CatalogEntry revised = replay(approved(2));

        assertThat(CatalogProjection.apply(revised, approved(1))).isEqualTo(revised);
        assertThat(CatalogProjection.apply(revised, rejected(1))).isEqualTo(revised);
    }

    @Test
    void aWithdrawnItemIsTakenDownAndALatePublicationDoesNotBringItBack() {
        CatalogEntry live = replay(submitted(1), approved(1), published(1, "de"));
        CatalogEntry takenDown = replay(live, withdrawn(1), unpublished(1, "en", "de"));
        CatalogEntry unpublishedFirst = replay(submitted(1), withdrawn(1), unpublished(1, "en", "de"), published(1, "de"));

        assertThat(takenDown.status()).isEqualTo("WITHDRAWN");
        assertThat(takenDown.languages()).isEmpty();
        assertThat(unpublishedFirst.languages()).isEmpty();
    }

    private static CatalogEntry replay(BusEvent... events) {
        return replay(CatalogEntry.empty("c-1"), events);
    }

    private static CatalogEntry replay(CatalogEntry start, BusEvent... events) {
        CatalogEntry entry = start;
        for (BusEvent event : events) {
            entry = CatalogProjection.apply(entry, event);
        }
        return entry;
    }
}

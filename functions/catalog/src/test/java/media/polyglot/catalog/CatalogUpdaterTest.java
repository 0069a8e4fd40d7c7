package media.polyglot.catalog;

import static media.polyglot.catalog.CatalogEvents.approved;
import static media.polyglot.catalog.CatalogEvents.published;
import static media.polyglot.catalog.CatalogEvents.submitted;
import static media.polyglot.catalog.CatalogEvents.unpublished;
import static media.polyglot.catalog.CatalogEvents.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import media.polyglot.common.testing.LocalAws;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The read model's two tables, against the local runtime's DynamoDB engine. */
class CatalogUpdaterTest {

    private static LocalAws aws;
    private static CatalogStore store;
    private static CatalogUpdater updater;
    private static int tables;

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @BeforeEach
    void freshTables() {
        tables++;
        String catalog = aws.createTable("catalog-" + tables, "contentId", null);
        String byLanguage = aws.createTable("catalog-language-" + tables, "language", "contentId");
        store = new CatalogStore(aws.dynamoDb(), catalog, byLanguage);
        updater = new CatalogUpdater(store);
    }

    @Test
    void duplicateDeliveryHasOneEffect() {
        var event = submitted(1);

        assertThat(updater.apply(event)).isTrue();
        assertThat(updater.apply(event)).isFalse();
        assertThat(store.load("c-1").version()).isEqualTo(1);
    }

    @Test
    void aPublicationListsTheItemUnderEachLiveLanguageAndATakeDownRemovesIt() {
        updater.apply(submitted(1));
        updater.apply(approved(1));
        updater.apply(published(1, "de", "fr"));

        assertThat(store.live("de", 10, null).items()).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("contentId", "c-1").containsEntry("title", "[de] Night trains")
                .containsEntry("url", "https://polyglot.media/de/travel/c-1").containsEntry("revision", "1"));
        assertThat(store.live("en", 10, null).items()).hasSize(1);

        updater.apply(withdrawn(1));
        updater.apply(unpublished(1, "en", "de", "fr"));

        assertThat(store.live("de", 10, null).items()).isEmpty();
        assertThat(store.live("en", 10, null).items()).isEmpty();
        assertThat(store.load("c-1").entry().status()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aWriterThatLostTheRaceReadsAgainAndNothingIsHalfWritten() {
        updater.apply(submitted(1));
        CatalogStore.Stored stale = store.load("c-1");
        updater.apply(approved(1));

        boolean saved = store.save(stale.entry(), CatalogProjection.apply(stale.entry(), published(1, "de")), stale.version());

        assertThat(saved).isFalse();
        assertThat(store.live("de", 10, null).items()).isEmpty();
        assertThat(updater.apply(published(1, "de"))).isTrue();
        assertThat(store.live("de", 10, null).items()).hasSize(1);
    }

    @Test
    void languagePagesContinueAfterTheLastContentId() {
        for (String id : new String[] {"a", "b", "c"}) {
            aws.dynamoDb().putItem(p -> p.tableName("catalog-language-" + tables).item(Map.of(
                    "language", AttributeValue.fromS("de"), "contentId", AttributeValue.fromS(id))));
        }

        CatalogStore.LanguagePage first = store.live("de", 2, null);
        CatalogStore.LanguagePage second = store.live("de", 2, first.next());

        assertThat(first.items()).extracting(row -> row.get("contentId")).containsExactly("a", "b");
        assertThat(second.items()).extracting(row -> row.get("contentId")).containsExactly("c");
    }
}

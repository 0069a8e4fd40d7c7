package media.polyglot.catalog;

import static media.polyglot.catalog.CatalogEvents.approved;
import static media.polyglot.catalog.CatalogEvents.body;
import static media.polyglot.catalog.CatalogEvents.published;
import static media.polyglot.catalog.CatalogEvents.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import java.time.Instant;
import media.polyglot.common.BusEvent;
import media.polyglot.common.DeadLetters;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.testing.BusEvents;
import media.polyglot.common.testing.LocalAws;
import media.polyglot.common.testing.SqsBatches;
import media.polyglot.events.BodyReference;
import media.polyglot.events.ContractValidator;
import media.polyglot.events.Sources;
import media.polyglot.events.localization.TranslationRequested;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The projection's handler as its queue (or audit's rebuild) invokes it, against the local runtime's engines. */
class CatalogProjectionHandlerTest {

    private static LocalAws aws;
    private static CatalogStore store;
    private static String deadLetterUrl;
    private static CatalogProjectionHandler handler;

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
        store = new CatalogStore(aws.dynamoDb(), aws.createTable("catalog", "contentId", null),
                aws.createTable("catalog-language", "language", "contentId"));
        deadLetterUrl = aws.createQueue("catalog-dlq");
        handler = new CatalogProjectionHandler(new CatalogUpdater(store), new DeadLetters(aws.sqs(), deadLetterUrl, "catalog"));
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void duplicateDeliveryHasOneEffect() {
        String submitted = body(submitted(1));
        String approved = body(approved(1));
        String published = body(published(1, "de"));

        SQSBatchResponse first = handler.handleRequest(SqsBatches.of(submitted, approved, published), null);
        int version = store.load("c-1").version();
        SQSBatchResponse again = handler.handleRequest(SqsBatches.of(published, approved, submitted, published), null);

        assertThat(first.getBatchItemFailures()).isEmpty();
        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(version).isEqualTo(3);
        assertThat(store.load("c-1").version()).as("nothing written by the redelivery").isEqualTo(3);
        assertThat(store.live("de", 10, null).items()).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("contentId", "c-1"));
        assertThat(aws.drain(deadLetterUrl)).isEmpty();
    }

    @Test
    void anEventTheCatalogDoesNotProjectIsPassedOverNotParked() {
        BusEvent requested = BusEvent.parse(BusEvents.body(Sources.LOCALIZATION, TranslationRequested.TYPE,
                EnvelopeFactory.forProducer("localization").envelop(TranslationRequested.TYPE, translationRequested(),
                        "corr", "cause")), new ContractValidator());

        SQSBatchResponse response = handler.handleRequest(SqsBatches.of(body(requested)), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(store.find("c-9")).isEmpty();
        assertThat(aws.drain(deadLetterUrl)).isEmpty();
    }

    private static TranslationRequested translationRequested() {
        return new TranslationRequested("r-de", "c-9", 1, "en", "de", "Night trains",
                BodyReference.ofText("polyglot://content/c-9/revisions/1/body", "Body"), Instant.parse("2026-11-27T10:00:00Z"));
    }
}

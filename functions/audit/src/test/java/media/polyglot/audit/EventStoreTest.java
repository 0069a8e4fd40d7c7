package media.polyglot.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import media.polyglot.common.DeadLetters;
import media.polyglot.common.testing.LocalAws;
import media.polyglot.common.testing.SqsBatches;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The event store and its global stream, against the local runtime's DynamoDB engine. */
class EventStoreTest {

    private static LocalAws aws;
    private static String deadLetterUrl;
    private static int tables;

    private EventStore store;
    private AppendToEventStoreHandler handler;

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
        deadLetterUrl = aws.createQueue("audit-dlq");
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @BeforeEach
    void freshTables() {
        tables++;
        String storeTable = aws.createTable("event-store-" + tables, "contentId", "position");
        String streamTable = aws.createTable("event-stream-" + tables, "stream", "position", ScalarAttributeType.N);
        store = new EventStore(aws.dynamoDb(), storeTable, streamTable);
        handler = new AppendToEventStoreHandler(store, new DeadLetters(aws.sqs(), deadLetterUrl, "audit"));
    }

    @Test
    void duplicateDeliveryHasOneEffect() {
        String submitted = AuditEvents.body("e-1", "c-1", "ContentSubmitted", 1);

        SQSBatchResponse first = handler.handleRequest(SqsBatches.of(submitted), null);
        SQSBatchResponse again = handler.handleRequest(SqsBatches.of(submitted, submitted), null);

        assertThat(first.getBatchItemFailures()).isEmpty();
        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(store.history("c-1")).hasSize(1);
        assertThat(store.stream().after(0, 100).entries()).extracting(StreamEntry::position).containsExactly(1L);
    }

    @Test
    void aRedeliveredEventKeepsItsFirstPosition() {
        StoredEvent submitted = BusEventReader.read(AuditEvents.body("e-1", "c-1", "ContentSubmitted", 1));
        store.append(submitted);
        store.append(BusEventReader.read(AuditEvents.body("e-2", "c-1", "ContentApproved", 2)));

        assertThat(store.append(submitted)).isEqualTo(new Appended(1L, true));
        assertThat(store.append(BusEventReader.read(AuditEvents.body("e-3", "c-2", "ContentSubmitted", 3))))
                .isEqualTo(new Appended(3L, false));
    }

    @Test
    void aLateReaderPagesThroughEveryEventInOrderWithOffsets() {
        for (int i = 1; i <= 5; i++) {
            handler.handleRequest(SqsBatches.of(AuditEvents.body("e-" + i, "c-" + (i % 2), "ContentSubmitted", i)), null);
        }

        List<StreamEntry> read = new ArrayList<>();
        List<Long> nexts = new ArrayList<>();
        Long after = 0L;
        while (after != null) {
            StreamPage page = store.stream().after(after, 2);
            read.addAll(page.entries());
            nexts.add(page.next());
            after = page.next();
        }

        assertThat(read).extracting(StreamEntry::position).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(read).extracting(e -> e.event().envelope().path("metadata").path("eventId").asText())
                .containsExactly("e-1", "e-2", "e-3", "e-4", "e-5");
        assertThat(nexts).containsExactly(2L, 4L, null);
        assertThat(store.stream().after(5, 2)).isEqualTo(new StreamPage(List.of(), null));
    }

    @Test
    void concurrentAppendersRaceForTheCounterAndEveryEventGetsOneDistinctPosition() throws Exception {
        ExecutorService appenders = Executors.newFixedThreadPool(4);
        try {
            List<Future<Appended>> appended = IntStream.rangeClosed(1, 20).mapToObj(i -> appenders.submit(() ->
                    store.append(BusEventReader.read(AuditEvents.body("e-" + i, "c-" + i, "ContentSubmitted", i))))).toList();
            for (Future<Appended> result : appended) {
                assertThat(result.get().duplicate()).isFalse();
            }
        } finally {
            appenders.shutdownNow();
        }

        StreamPage all = store.stream().after(0, 100);
        assertThat(all.entries()).extracting(StreamEntry::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 20).mapToObj(Long::valueOf).toList());
        assertThat(all.entries()).extracting(e -> e.event().contentId()).doesNotHaveDuplicates();
    }
}

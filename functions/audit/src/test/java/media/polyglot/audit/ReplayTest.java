package media.polyglot.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.common.testing.LocalAws;
import media.polyglot.events.EventJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** A rebuild reads the stream in order and hands it on in batches, as SQS events the target's handler reads. */
class ReplayTest {

    private static LocalAws aws;
    private static EventStore store;

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
        store = new EventStore(aws.dynamoDb(), aws.createTable("event-store", "contentId", "position"),
                aws.createTable("event-stream", "stream", "position", ScalarAttributeType.N));
        for (int i = 1; i <= 7; i++) {
            store.append(BusEventReader.read(AuditEvents.body("e-" + i, "c-1", "ContentSubmitted", i)));
        }
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void everyEventIsReplayedInStreamOrderInBatches() {
        List<List<Long>> batches = new ArrayList<>();

        Replay.Report report = new Replay(store.stream(), 3).run("recorder", batch -> {
            batches.add(batch.stream().map(StreamEntry::position).toList());
            return List.of();
        }, 0);

        assertThat(batches).containsExactly(List.of(1L, 2L, 3L), List.of(4L, 5L, 6L), List.of(7L));
        assertThat(report).isEqualTo(new Replay.Report("recorder", 7, List.of(), 7));
    }

    @Test
    void aReplayContinuesAfterAPositionAndRetriesAFailedEventOnceBeforeReportingIt() {
        List<List<Long>> batches = new ArrayList<>();

        Replay.Report report = new Replay(store.stream(), 10).run("recorder", batch -> {
            batches.add(batch.stream().map(StreamEntry::position).toList());
            return batch.stream().map(StreamEntry::position).filter(p -> p == 6L).toList();
        }, 4);

        assertThat(batches).containsExactly(List.of(5L, 6L, 7L), List.of(6L));
        assertThat(report).isEqualTo(new Replay.Report("recorder", 2, List.of(6L), 7));
    }

    @Test
    void aReplayedMessageIsTheEventAsTheBusDeliveredItNamedByItsPosition() {
        StreamEntry first = store.stream().after(0, 1).entries().get(0);

        JsonNode record = LambdaReplayTarget.sqsEvent(List.of(first)).path("Records").get(0);

        assertThat(record.path("messageId").asText()).isEqualTo("1");
        assertThat(record.path("eventSource").asText()).isEqualTo(LambdaReplayTarget.EVENT_SOURCE);
        JsonNode body = read(record.path("body").asText());
        assertThat(body.path("detail-type").asText()).isEqualTo("ContentSubmitted");
        assertThat(body.path("source").asText()).isEqualTo("polyglot.content");
        assertThat(body.path("detail")).isEqualTo(first.event().envelope());
    }

    private static JsonNode read(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }
}

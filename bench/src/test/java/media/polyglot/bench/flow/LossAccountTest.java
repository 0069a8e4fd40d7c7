package media.polyglot.bench.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LossAccountTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    private static JsonNode status(int dlqMessages, int queued) throws Exception {
        return new ObjectMapper().readTree("""
                {"buses": [{"name": "polyglot", "rules": [{"name": "audit", "targets": 1}, {"name": "moderation", "targets": 1}]}],
                 "queues": [{"name": "ModerationDeadLetterQueue", "deadLetterQueueArn": null, "visible": %d, "inFlight": 0},
                            {"name": "ModerationQueue", "deadLetterQueueArn": "arn:dlq", "visible": %d, "inFlight": 0}]}"""
                .formatted(dlqMessages, queued));
    }

    private static TracedHop target(String kind, String eventId, String rule) {
        return new TracedHop(1, T0, kind, "arn:aws:sqs:queue-of-" + rule, "f-1", eventId, -1, "ok", null, null, "", null,
                null, rule, null);
    }

    @Test
    void everyMatchDeliveredAndEveryEventAuditedIsNothingLost() throws Exception {
        List<TracedHop> hops = List.of(FlowTraceTest.put(1, "f-1", "ContentSubmitted", "e-1", "r", "audit,moderation"),
                target("TARGET_DELIVERED", "bus-e-1", "audit"), target("TARGET_DELIVERED", "bus-e-1", "moderation"));

        LossAccount account = LossAccount.of(hops, Set.of("e-1"), status(0, 0));

        assertThat(account.matches()).isEqualTo(2);
        assertThat(account.delivered()).isEqualTo(2);
        assertThat(account.lost()).isZero();
    }

    @Test
    void aMatchNeverDeliveredAndAnEventTheStoreLacksAreLost() throws Exception {
        List<TracedHop> hops = List.of(FlowTraceTest.put(1, "f-1", "ContentSubmitted", "e-1", "r", "audit,moderation"),
                target("TARGET_DELIVERED", "bus-e-1", "audit"));

        LossAccount account = LossAccount.of(hops, Set.of(), status(0, 0));

        assertThat(account.notAudited()).isEqualTo(1);
        assertThat(account.lost()).isEqualTo(2);
    }

    @Test
    void retryingDeadLetteredAndParkedEventsAreAccountedForNotLost() throws Exception {
        List<TracedHop> hops = List.of(FlowTraceTest.put(1, "f-1", "ContentSubmitted", "e-1", "r", "audit,moderation"),
                target("TARGET_FAILED", "bus-e-1", "audit"), target("DEAD_LETTERED", "bus-e-1", "moderation"));

        LossAccount account = LossAccount.of(hops, Set.of(), status(1, 2));

        assertThat(account.retrying()).isEqualTo(1);
        assertThat(account.deadLettered()).isEqualTo(1);
        assertThat(account.inDeadLetters()).isEqualTo(1);
        assertThat(account.stuck()).isEqualTo(2);
        assertThat(account.lost()).isZero();
    }
}

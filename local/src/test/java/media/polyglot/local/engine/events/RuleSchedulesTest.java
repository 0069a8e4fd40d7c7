package media.polyglot.local.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import media.polyglot.local.engine.sqs.QueueEngine;
import media.polyglot.local.observe.HopLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/** Scheduled rules on real engines: the event EventBridge sends for a schedule, to an ElasticMQ queue. */
class RuleSchedulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    private static QueueEngine queues;
    private static ScheduledExecutorService deliveries;
    private static RuleSchedules schedules;

    @BeforeAll
    static void start() {
        queues = QueueEngine.start(URI.create("http://127.0.0.1:4566"), "us-east-1", "000000000000");
        deliveries = Executors.newScheduledThreadPool(2);
        HopLog hops = new HopLog(Clock.systemUTC());
        schedules = new RuleSchedules(new TargetDelivery(List.of(new SqsTargetSender(queues)), queues, deliveries,
                Clock.systemUTC(), hops, null), "us-east-1", CLOCK);
    }

    @AfterAll
    static void stop() {
        schedules.close();
        deliveries.shutdownNow();
        queues.close();
    }

    @Test
    void aFiringSendsEachTargetTheScheduledEventOfItsRule() throws Exception {
        String first = queues.createQueue("sweep-a", Map.of());
        String second = queues.createQueue("sweep-b", Map.of());
        Rule rule = new Rule("sweep", "arn:aws:events:us-east-1:000000000000:rule/sweep", null, true, null,
                List.of(Target.of("a", queues.arnOf("sweep-a")), Target.of("b", queues.arnOf("sweep-b"))));

        schedules.fire(rule);

        JsonNode event = JSON.readTree(receiveOne(first).body());
        assertThat(event.path("source").asText()).isEqualTo("aws.events");
        assertThat(event.path("detail-type").asText()).isEqualTo("Scheduled Event");
        assertThat(event.path("time").asText()).isEqualTo("2026-11-26T10:00:00Z");
        assertThat(event.path("account").asText()).isEqualTo("000000000000");
        assertThat(event.path("region").asText()).isEqualTo("us-east-1");
        assertThat(event.path("resources").get(0).asText()).isEqualTo(rule.arn());
        assertThat(event.path("detail").isObject() && event.path("detail").isEmpty()).isTrue();
        assertThat(JSON.readTree(receiveOne(second).body()).path("id")).isEqualTo(event.path("id"));
    }

    @Test
    void aDisabledRuleDoesNotFire() {
        String queue = queues.createQueue("sweep-off", Map.of());
        schedules.fire(new Rule("off", "arn:aws:events:us-east-1:000000000000:rule/off", null, false, null,
                List.of(Target.of("t", queues.arnOf("sweep-off")))));

        assertThat(queues.client().receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(1)).messages()).isEmpty();
    }

    private static Message receiveOne(String queue) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> queues.client().receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(1)).messages(),
                messages -> !messages.isEmpty()).get(0);
    }
}

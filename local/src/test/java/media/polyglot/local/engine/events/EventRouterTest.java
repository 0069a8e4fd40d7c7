package media.polyglot.local.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.sqs.QueueEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/** The put path on real engines: event-ruler matching, ElasticMQ queues as targets. */
class EventRouterTest {


    private static final ObjectMapper JSON = new ObjectMapper();

    private static BusOnQueues engines;
    private static QueueEngine queues;
    private static EventRouter router;

    @BeforeAll
    static void start() {
        engines = new BusOnQueues();
        queues = engines.queues;
        router = engines.router;
    }

    @AfterAll
    static void stop() {
        engines.close();
    }

    @Test
    void anEventMatchingARulesPrefixPatternReachesItsQueueAsAnEventBridgeEvent() throws Exception {
        String queue = queues.createQueue("audit", Map.of());
        router.createBus("polyglot").putRule(Rule.of("all-ours", "arn:aws:events:us-east-1:000000000000:rule/polyglot/all-ours",
                "{\"source\": [{\"prefix\": \"polyglot.\"}]}", List.of(Target.of("t", queues.arnOf("audit")))));

        List<PutEventsResult> results = router.putEvents(List.of(
                entry("polyglot", "polyglot.content", "{\"data\": {\"contentId\": \"c-1\"}}"),
                entry("polyglot", "partner.vendor", "{\"data\": {}}")));

        assertThat(results).noneMatch(PutEventsResult::isFailure);
        Message message = receiveOne(queue);
        JsonNode event = JSON.readTree(message.body());
        assertThat(event.path("id").asText()).isEqualTo(results.get(0).eventId());
        assertThat(event.path("source").asText()).isEqualTo("polyglot.content");
        assertThat(event.path("detail-type").asText()).isEqualTo("Tested");
        assertThat(event.path("account").asText()).isEqualTo("000000000000");
        assertThat(event.path("detail").path("data").path("contentId").asText()).isEqualTo("c-1");
        assertThat(queues.client().receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(1)).messages()).isEmpty();
    }

    @Test
    void anEventIsOnItsQueueWhenPutEventsAnswers() {
        String queue = queues.createQueue("at-once", Map.of());
        router.createBus("prompt").putRule(Rule.of("all", "arn:aws:events:us-east-1:000000000000:rule/prompt/all",
                "{\"source\": [\"s\"]}", List.of(Target.of("t", queues.arnOf("at-once")))));

        router.putEvents(List.of(entry("prompt", "s", "{\"n\": 1}"), entry("prompt", "s", "{\"n\": 2}")));

        // No wait: the queue engine holds both once the call returns.
        assertThat(queues.receive("at-once", 10, null, 0)).hasSize(2);
    }

    @Test
    void aDetailSpellingHalfASurrogatePairIsMalformedWhileAWholePairIsNot() {
        router.createBus("unicode");

        List<PutEventsResult> results = router.putEvents(List.of(
                entry("unicode", "s", "{\"title\": \"night \\ud800 trains\"}"),
                entry("unicode", "s", "{\"title\": \"night \\udc00\"}"),
                entry("unicode", "s", "{\"title\": \"night \\ud83d\\ude86 trains\"}")));

        assertThat(results).extracting(PutEventsResult::errorCode).containsExactly("MalformedDetail", "MalformedDetail", null);
    }

    @Test
    void entriesFailOneByOneWithAwsCodes() {
        router.createBus("checks");

        List<PutEventsResult> results = router.putEvents(List.of(
                entry("checks", null, "{}"),
                entry("checks", "s", "{not json"),
                entry("checks", "s", "[1]"),
                entry("nowhere", "s", "{}"),
                entry("checks", "s", "{}")));

        assertThat(results).extracting(PutEventsResult::errorCode).containsExactly(
                "InvalidArgument", "MalformedDetail", "MalformedDetail", "ResourceNotFoundException", null);
        assertThat(results.get(0).errorMessage())
                .isEqualTo("Parameter Source is not valid. Reason: Source is a required argument.");
    }

    @Test
    void anEventForATargetThatDoesNotExistGoesToItsDeadLetterQueueAtOnceWithTheErrorAttributes() {
        String deadLetters = queues.createQueue("target-dlq", Map.of());
        // A day of retries allowed: EventBridge still does not retry a missing target ("Using dead-letter queues").
        router.createBus("lossy").putRule(Rule.of("to-missing", "arn:aws:events:us-east-1:000000000000:rule/lossy/to-missing", "{\"source\": [\"s\"]}",
                List.of(new Target("t1", queues.arnOf("no-such-queue"), null, null, queues.arnOf("target-dlq"), 185,
                        Duration.ofHours(24)))));

        router.putEvents(List.of(entry("lossy", "s", "{\"n\": 1}")));

        Message parked = await().atMost(Duration.ofSeconds(10)).until(() -> queues.client()
                .receiveMessage(r -> r.queueUrl(deadLetters).waitTimeSeconds(1).messageAttributeNames("All"))
                .messages(), messages -> !messages.isEmpty()).get(0);
        assertThat(parked.messageAttributes().get("RULE_ARN").stringValue()).isEqualTo("arn:aws:events:us-east-1:000000000000:rule/lossy/to-missing");
        assertThat(parked.messageAttributes().get("TARGET_ARN").stringValue())
                .isEqualTo("arn:aws:sqs:us-east-1:000000000000:no-such-queue");
        assertThat(parked.messageAttributes().get("ERROR_CODE").stringValue()).isEqualTo("NO_RESOURCE");
        assertThat(parked.messageAttributes().get("ERROR_MESSAGE").stringValue()).contains("no-such-queue");
        assertThat(parked.body()).contains("\"n\":1");
    }

    private static PutEventsEntry entry(String bus, String source, String detail) {
        return new PutEventsEntry(bus, source, "Tested", detail, Instant.parse("2026-11-26T10:00:00Z"), List.of());
    }

    private static Message receiveOne(String queue) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> queues.client().receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(1)).messages(),
                messages -> !messages.isEmpty()).get(0);
    }
}

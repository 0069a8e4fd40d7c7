package media.polyglot.local.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import media.polyglot.local.engine.events.policy.PolicyStatement;
import media.polyglot.local.engine.sqs.QueueEngine;
import media.polyglot.local.observe.Hop;
import media.polyglot.local.observe.HopKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * A rule whose target is another account's bus, on real engines: that bus takes the event only if its policy lets
 * the rule's account put it; a refusal is not retried and goes to the target's dead-letter queue with EventBridge's
 * NO_PERMISSIONS, as AWS documents for a missing permission on a target.
 */
class CrossAccountDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OURS = BusOnQueues.ACCOUNT;
    private static final String ACME = "111122223333";
    private static final String GLOBEX = "444455556666";

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
    void aBusWhosePolicyAllowsTheRulesAccountReceivesTheEventAsItWasPut() throws Exception {
        EventBus acmes = partnerBus(ACME, "acme-inbox", OURS);
        ourRuleTo("to-acme", acmes, "to-acme-dlq");
        String correlationId = UUID.randomUUID().toString();

        router.putEvents(List.of(entry("origin-to-acme", correlationId)));

        JsonNode delivered = JSON.readTree(receiveOne(queues.urlOf(queues.arnOf("acme-inbox"))).body());
        assertThat(delivered.path("account").asText()).isEqualTo(OURS);
        assertThat(delivered.path("source").asText()).isEqualTo("polyglot.publishing");
        assertThat(puts(correlationId)).extracting(hop -> hop.details().get("busArn")).containsExactly(
                "arn:aws:events:us-east-1:000000000000:event-bus/origin-to-acme",
                "arn:aws:events:us-east-1:111122223333:event-bus/acme-inbox");
    }

    @Test
    void aBusWhosePolicyDoesNotAllowTheRulesAccountRefusesAtOnceAndTheEventWaitsInTheTargetsDeadLetterQueue()
            throws Exception {
        // Globex's bus lets acme put, not us.
        EventBus globexes = partnerBus(GLOBEX, "globex-inbox", ACME);
        Rule rule = ourRuleTo("to-globex", globexes, "to-globex-dlq");
        String correlationId = UUID.randomUUID().toString();

        router.putEvents(List.of(entry("origin-to-globex", correlationId)));

        Message parked = receiveOne(queues.urlOf(queues.arnOf("to-globex-dlq")));
        assertThat(parked.messageAttributes().get("ERROR_CODE").stringValue()).isEqualTo("NO_PERMISSIONS");
        assertThat(parked.messageAttributes().get("RULE_ARN").stringValue()).isEqualTo(rule.arn());
        assertThat(parked.messageAttributes().get("TARGET_ARN").stringValue()).isEqualTo(globexes.arn());
        assertThat(parked.messageAttributes().get("ERROR_MESSAGE").stringValue()).isEqualTo("User: arn:aws:iam::"
                + OURS + ":root is not authorized to perform: events:PutEvents on resource: " + globexes.arn()
                + " because no resource-based policy allows the events:PutEvents action");
        assertThat(JSON.readTree(parked.body()).path("detail").path("metadata").path("correlationId").asText())
                .isEqualTo(correlationId);
        List<Hop> failed = engines.hops.trace(correlationId).stream().filter(hop -> hop.kind() == HopKind.TARGET_FAILED).toList();
        assertThat(failed).singleElement().satisfies(hop -> {
            assertThat(hop.resource()).isEqualTo(globexes.arn());
            assertThat(hop.details()).containsEntry("attempt", "1");
        });
        assertThat(puts(correlationId)).hasSize(1);
        assertThat(queues.client().receiveMessage(r -> r.queueUrl(queues.urlOf(queues.arnOf("globex-inbox")))
                .waitTimeSeconds(1)).messages()).isEmpty();
    }

    /** A bus of {@code account} whose policy lets {@code allowed} put, with a rule sending everything to a queue. */
    private static EventBus partnerBus(String account, String name, String allowed) throws Exception {
        queues.createQueue(name, Map.of());
        EventBus bus = router.createBus(account, name);
        PolicyStatement allowance = statement(allowed, bus.arn());
        bus.changePolicy(policy -> policy.with(allowance));
        bus.putRule(Rule.of("all", router.arn(account, "rule/" + name + "/all"), "{\"source\": [{\"prefix\": \"\"}]}",
                List.of(Target.of("inbox", queues.arnOf(name)))));
        return bus;
    }

    private static Rule ourRuleTo(String name, EventBus target, String deadLetterQueue) {
        queues.createQueue(deadLetterQueue, Map.of());
        EventBus origin = router.createBus("origin-" + name);
        Rule rule = Rule.of(name, router.arn("rule/" + origin.name() + "/" + name), "{\"source\": [\"polyglot.publishing\"]}",
                List.of(new Target("partner", target.arn(), null, null, queues.arnOf(deadLetterQueue), 8,
                        Duration.ofHours(1))));
        origin.putRule(rule);
        return rule;
    }

    private static PolicyStatement statement(String account, String busArn) throws Exception {
        return PolicyStatement.read(JSON.readTree("""
                {"Sid": "delivers", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::%s:root"},
                 "Action": "events:PutEvents", "Resource": "%s"}""".formatted(account, busArn)));
    }

    private static PutEventsEntry entry(String bus, String correlationId) {
        return new PutEventsEntry(bus, "polyglot.publishing", "ContentPublished",
                "{\"metadata\": {\"correlationId\": \"%s\"}, \"data\": {}}".formatted(correlationId), Instant.now(),
                List.of());
    }

    private static List<Hop> puts(String correlationId) {
        return engines.hops.trace(correlationId).stream().filter(hop -> hop.kind() == HopKind.EVENT_PUT).toList();
    }

    private static Message receiveOne(String queueUrl) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> queues.client()
                .receiveMessage(r -> r.queueUrl(queueUrl).waitTimeSeconds(1).messageAttributeNames("All")).messages(),
                messages -> !messages.isEmpty()).get(0);
    }
}

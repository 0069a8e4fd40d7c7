package media.polyglot.local.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.events.policy.PolicyStatement;
import media.polyglot.local.engine.sqs.QueueEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/** The put path from another account, on real engines: the bus policy decides each entry, no socket involved. */
class CrossAccountPutTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACME = "111122223333";

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
    void anotherAccountsRefusedEntryFailsAloneAndItsAcceptedEventCarriesItsAccount() throws Exception {
        String queue = queues.createQueue("partner-events", Map.of());
        EventBus bus = router.createBus("shared");
        bus.putRule(Rule.of("all", "arn:aws:events:us-east-1:000000000000:rule/shared/all", "{\"source\": [{\"prefix\": \"\"}]}",
                List.of(Target.of("t", queues.arnOf("partner-events")))));
        PolicyStatement acmeSource = PolicyStatement.read(JSON.readTree("""
                {"Sid": "acme", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
                 "Action": "events:PutEvents", "Resource": "%s",
                 "Condition": {"StringEquals": {"events:source": "partner.acme"}}}""".formatted(bus.arn())));
        bus.changePolicy(policy -> policy.with(acmeSource));

        List<PutEventsResult> results = router.putEvents(ACME, List.of(entry(bus.arn(), "partner.globex"),
                entry(bus.arn(), "partner.acme")));

        assertThat(results.get(0).errorCode()).isEqualTo("AccessDeniedException");
        assertThat(results.get(0).errorMessage()).startsWith("User: arn:aws:iam::111122223333:root is not authorized");
        assertThat(results.get(1).isFailure()).isFalse();
        Message delivered = await().atMost(Duration.ofSeconds(10)).until(
                () -> queues.client().receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(1)).messages(),
                messages -> !messages.isEmpty()).get(0);
        assertThat(JSON.readTree(delivered.body()).path("source").asText()).isEqualTo("partner.acme");
        assertThat(JSON.readTree(delivered.body()).path("account").asText()).isEqualTo(ACME);
    }

    @Test
    void theBusesOwnAccountNeedsNoStatement() {
        EventBus own = router.createBus("own");

        assertThat(router.putEvents(List.of(entry("own", "any.source"), entry("own", "other.source")))
                .stream().noneMatch(PutEventsResult::isFailure)).isTrue();
        assertThat(router.putEvents(ACME, List.of(entry(own.arn(), "any.source"))).get(0).errorCode())
                .isEqualTo("AccessDeniedException");
    }

    @Test
    void aBusNamedByNameIsTheCallersOwnAndTwoAccountsMayHaveBusesOfOneName() {
        EventBus ours = router.createBus("same-name");
        EventBus acmes = router.createBus(ACME, "same-name");

        assertThat(acmes.arn()).isEqualTo("arn:aws:events:us-east-1:111122223333:event-bus/same-name");
        assertThat(ours.arn()).isEqualTo("arn:aws:events:us-east-1:000000000000:event-bus/same-name");
        assertThat(router.bus(ACME, "same-name")).isSameAs(acmes);
        assertThat(router.bus(ACME, ours.arn())).isSameAs(ours);
        assertThat(router.putEvents(ACME, List.of(entry("same-name", "any.source"))).get(0).isFailure()).isFalse();
        assertThat(router.putEvents("444455556666", List.of(entry("same-name", "any.source"))).get(0))
                .satisfies(refused -> {
                    assertThat(refused.errorCode()).isEqualTo("ResourceNotFoundException");
                    assertThat(refused.errorMessage()).isEqualTo("Event bus same-name does not exist.");
                });
    }

    private static PutEventsEntry entry(String bus, String source) {
        return new PutEventsEntry(bus, source, "Tested", "{}", Instant.parse("2026-11-26T10:00:00Z"), List.of());
    }
}

package media.polyglot.partner.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import media.polyglot.events.BodyReference;
import media.polyglot.events.ContractValidator;
import media.polyglot.events.ContractViolationException;
import media.polyglot.events.EventJson;
import media.polyglot.events.EventMetadata;
import media.polyglot.events.localization.TranslationCompleted;
import media.polyglot.events.partner.TranslationDeclined;
import media.polyglot.events.partner.TranslationDelivered;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/** The producer client against the local runtime's bus, through the stock SDK, from the acme partner's account. */
class PartnerClientTest {

    private static final String BUS_ARN = "arn:aws:events:us-east-1:000000000000:event-bus/polyglot";
    private static final String ACME = "partner.translation.acme";
    private static final EventMetadata REQUEST = new EventMetadata("request-event-1", 1, "flow-1", "approval-1",
            "localization", Instant.parse("2026-11-26T09:00:00Z"));

    private static final BusFaults faults = new BusFaults();
    private static PartnerAccountBus bus;
    private static EventBridgeClient eventBridge;

    private final List<Duration> sleeps = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    @BeforeAll
    static void startBus() {
        bus = PartnerAccountBus.start();
        eventBridge = bus.acmeClient(EventBridgeClient.builder()
                .overrideConfiguration(c -> c.addExecutionInterceptor(faults)));
    }

    @AfterAll
    static void stopBus() {
        eventBridge.close();
        bus.close();
    }

    @BeforeEach
    void forgetEarlierTests() {
        faults.reset();
        bus.published();
    }

    @Test
    void aDeliveryArrivesOnTheBusInTheEnvelopeOfTheContract() {
        List<String> ids = client(ACME).send(List.of(PartnerEvent.answering(REQUEST, delivered("acme", "de"))));

        JsonNode event = single(published(1));
        assertThat(event.path("source").asText()).isEqualTo(ACME);
        assertThat(event.path("account").asText()).isEqualTo(PartnerAccountBus.ACME_ACCOUNT);
        assertThat(event.path("detail-type").asText()).isEqualTo("TranslationDelivered");
        JsonNode metadata = event.path("detail").path("metadata");
        assertThat(metadata.path("eventId").asText()).isEqualTo(ids.get(0)).isEqualTo("event-1");
        assertThat(metadata.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(metadata.path("correlationId").asText()).isEqualTo("flow-1");
        assertThat(metadata.path("causationId").asText()).isEqualTo("request-event-1");
        assertThat(metadata.path("producer").asText()).isEqualTo("acme");
        assertThat(metadata.path("occurredAt").asText()).isEqualTo("2026-11-26T10:00:00Z");
        assertThat(event.path("detail").path("data").toString())
                .isEqualTo(EventJson.mapper().valueToTree(delivered("acme", "de")).toString());
        assertThat(new ContractValidator().violations(TranslationDelivered.TYPE, event.path("detail"))).isEmpty();
    }

    @Test
    void eventsGoInBatchesOfAtMostTen() {
        List<String> ids = client(ACME).send(deliveries(23));

        assertThat(faults.calls()).extracting(List::size).containsExactly(10, 10, 3);
        assertThat(eventIds(published(23))).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void onlyTheEntriesReportedFailedAreSentAgainAfterAJitteredBackoff() {
        faults.throttle("event-2", 1);
        faults.throttle("event-4", 2);

        client(ACME).send(deliveries(5));

        assertThat(faults.calls()).extracting(PartnerClientTest::eventIdsOf)
                .containsExactly(List.of("event-1", "event-2", "event-3", "event-4", "event-5"),
                        List.of("event-2", "event-4"), List.of("event-4"));
        assertThat(eventIds(published(5))).containsExactlyInAnyOrder("event-1", "event-2", "event-3", "event-4", "event-5");
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(10));
        assertThat(sleeps.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(20));
    }

    @Test
    void whenTheBudgetIsSpentTheClientFailsNamingEachEntryAndItsError() {
        faults.throttle("event-2", 99);

        assertThatThrownBy(() -> client(ACME).send(deliveries(3)))
                .isInstanceOf(EventsNotDeliveredException.class)
                .hasMessage("1 event(s) not accepted by bus " + BUS_ARN + " after 3 attempts: "
                        + "TranslationDelivered event-2: ThrottlingException Rate exceeded");
        assertThat(faults.calls()).hasSize(3);
        assertThat(sleeps).hasSize(2);
        assertThat(eventIds(published(2))).containsExactlyInAnyOrder("event-1", "event-3");
    }

    @Test
    void aSourceTheBusPolicyDoesNotListIsRefusedOnceNotRetriedAndTheErrorSaysWhatToDo() {
        // A source the contract allows, so only the bus can refuse it: partners.json gives acme's account only its
        // own source, and the runtime enforces the bus policy made from it.
        PartnerClient globex = client("partner.translation.globex");

        assertThatThrownBy(() -> globex.send(List.of(PartnerEvent.answering(REQUEST, delivered("globex", "de")))))
                .isInstanceOf(EventsRefusedException.class)
                .hasMessageStartingWith("1 event(s) not accepted by bus " + BUS_ARN
                        + " for source \"partner.translation.globex\", refused for good, nothing retried: "
                        + "TranslationDelivered event-1: AccessDeniedException User: arn:aws:iam::111122223333:root is not"
                        + " authorized to perform: events:PutEvents")
                .hasMessageEndingWith("ask the Polyglot team to add this account and source");
        assertThat(faults.calls()).hasSize(1);
        assertThat(sleeps).isEmpty();
        // The bus takes acme's answer after the refusal: only that one arrives.
        List<String> accepted = client(ACME).send(List.of(PartnerEvent.answering(REQUEST, delivered("acme", "de"))));
        assertThat(eventIds(published(1))).isEqualTo(accepted);
    }

    @Test
    void anEventBreakingItsContractStopsTheSendBeforeAnythingIsSent() {
        List<PartnerEvent> events = new ArrayList<>(deliveries(2));
        events.add(PartnerEvent.answering(REQUEST, delivered("acme", "German")));

        assertThatThrownBy(() -> client(ACME).send(events))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageStartingWith("TranslationDelivered v1 (detail-type TranslationDelivered) breaks its contract: "
                        + "/data/language [pattern]");
        assertThat(faults.calls()).isEmpty();
    }

    @Test
    void anEventOverTheEntryLimitIsRefusedBeforeAnythingIsSent() {
        EventMetadata hugeFlow = new EventMetadata("request-event-1", 1, "f".repeat(PartnerClient.MAX_ENTRY_BYTES),
                "approval-1", "localization", Instant.parse("2026-11-26T09:00:00Z"));

        assertThatThrownBy(() -> client(ACME).send(List.of(PartnerEvent.answering(hugeFlow, delivered("acme", "de")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("TranslationDelivered v1 event event-1 is ")
                .hasMessageEndingWith(" bytes as a PutEvents entry; EventBridge accepts at most 1048576: "
                        + "store large parts and send a reference (a BodyReference)");
        assertThat(faults.calls()).isEmpty();
    }

    @Test
    void aSourceOfOursIsRefusedWhenTheClientIsBuilt() {
        assertThatThrownBy(() -> client("polyglot.localization"))
                .isInstanceOf(SourceNotAllowedException.class)
                .hasMessage("source \"polyglot.localization\" is one of Polyglot's own (polyglot.*): a partner puts events"
                        + " under its own source, for example partner.translation.<vendor>");
    }

    @Test
    void anEventOnlyPolyglotProducesIsRefusedBeforeAnythingIsSent() {
        TranslationCompleted completed = new TranslationCompleted("tr-1", "c-1", 1, "de", "Titel",
                BodyReference.ofText("polyglot://localization/c-1/1/de", "Text"), "acme");

        assertThatThrownBy(() -> client(ACME).send(List.of(PartnerEvent.answering(REQUEST, completed))))
                .isInstanceOf(SourceNotAllowedException.class)
                .hasMessage("TranslationCompleted v1 (detail-type TranslationCompleted) is produced by Polyglot's "
                        + "localization under polyglot.localization; a partner cannot send it");
        assertThat(faults.calls()).isEmpty();
    }

    @Test
    void aSourceOutsideTheContractsPatternIsRefused() {
        assertThatThrownBy(() -> client("partner.analytics.acme")
                .send(List.of(PartnerEvent.answering(REQUEST, delivered("acme", "de")))))
                .isInstanceOf(SourceNotAllowedException.class)
                .hasMessage("source \"partner.analytics.acme\" is not allowed for TranslationDelivered v1 (detail-type "
                        + "TranslationDelivered): its contract allows partner.translation.<vendor>");
        assertThat(faults.calls()).isEmpty();
    }

    @Test
    void theVendorOfTheDataMustBeTheVendorOfTheSource() {
        TranslationDeclined declined = new TranslationDeclined("tr-1", "c-1", 1, "de", "globex",
                TranslationDeclined.Reason.NO_CAPACITY, null);

        assertThatThrownBy(() -> client(ACME).send(List.of(PartnerEvent.answering(REQUEST, declined))))
                .isInstanceOf(SourceNotAllowedException.class)
                .hasMessage("TranslationDeclined v1 names vendor \"globex\" but is sent under source "
                        + "\"partner.translation.acme\" (partner.translation.<vendor>): the two must agree");
        assertThat(faults.calls()).isEmpty();
    }

    @Test
    void aDataRecordOfAnotherEventTypeIsRefused() {
        assertThatThrownBy(() -> new PartnerEvent(TranslationDeclined.TYPE, delivered("acme", "de"), "flow", "cause"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TranslationDeclined v1 carries TranslationDeclined, not TranslationDelivered");
    }

    @Test
    void theBusMustBeNamedByItsArn() {
        assertThatThrownBy(() -> PartnerClient.builder().eventBridge(eventBridge).busArn("polyglot").source(ACME)
                .producer("acme").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("busArn must be the ARN of the Polyglot bus, "
                        + "arn:aws:events:<region>:<polyglot account>:event-bus/polyglot, was polyglot");
    }

    private PartnerClient client(String source) {
        return PartnerClient.builder()
                .eventBridge(eventBridge)
                .busArn(BUS_ARN)
                .source(source)
                .producer("acme")
                .clock(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC))
                .ids(() -> "event-" + ids.incrementAndGet())
                .retryBudget(new RetryBudget(3, Duration.ofMillis(10), Duration.ofMillis(100)))
                .sleeper(sleeps::add)
                .build();
    }

    private static TranslationDelivered delivered(String vendor, String language) {
        return new TranslationDelivered("tr-c-1-1-" + language, "c-1", 1, language, "Titel",
                BodyReference.ofText("https://translations.acme.example/tr-c-1-1-" + language, "Text"), vendor);
    }

    private static List<PartnerEvent> deliveries(int count) {
        return IntStream.range(0, count).mapToObj(i -> PartnerEvent.answering(REQUEST, delivered("acme", "de"))).toList();
    }

    /** What the bus has delivered to its catch-all queue, waiting for at least {@code count} events. */
    private static List<JsonNode> published(int count) {
        List<JsonNode> events = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            events.addAll(bus.published());
            return events.size() >= count;
        });
        return events;
    }

    private static List<String> eventIdsOf(List<PutEventsRequestEntry> call) {
        return call.stream().map(BusFaults::eventId).toList();
    }

    private static List<String> eventIds(List<JsonNode> events) {
        return events.stream().map(event -> event.path("detail").path("metadata").path("eventId").asText()).toList();
    }

    private static JsonNode single(List<JsonNode> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}

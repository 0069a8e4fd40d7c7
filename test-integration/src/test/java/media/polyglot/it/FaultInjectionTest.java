package media.polyglot.it;

import static media.polyglot.it.FlowScenario.data;
import static media.polyglot.it.FlowScenario.detailTypes;
import static media.polyglot.it.FlowScenario.ofType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import media.polyglot.common.FunctionSettings;
import media.polyglot.events.BodyReference;
import media.polyglot.events.EventJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Faults injected into the embedded runtime through its fault hooks ({@code /_polyglot/faults}), each followed by
 * an account of every event of the flows it touched (published = consumed + in a DLQ; nothing lost, nothing
 * doubled), printed as a table. The sandbox vendor here declines every request and localization may ask a
 * thousand times, a misconfiguration that loops; so the flows of the other faults translate nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionTest {

    private static final Duration FLOW = FlowScenario.PATIENCE;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = "Across Europe, sleeper routes return, from Paris to Vienna.";
    private static final List<FlowAccount> ACCOUNTS = new ArrayList<>();
    private static final int AUDIT_VISIBILITY_SECONDS = 15;
    private static final String AUDIT_HANDLER = "media.polyglot.audit.AppendToEventStoreHandler::handleRequest";

    private static EmbeddedTarget target;
    private static RuntimeManagement management;
    private static SqsClient sqs;
    private static DynamoDbClient dynamoDb;
    private static FlowScenario flow;

    @BeforeAll
    static void start() {
        assumeThat(Targets.selected()).as("fault hooks are the embedded runtime's").isEqualTo("embedded");
        target = EmbeddedTarget.start("faults", TemplateEdit.functionEnvironment("SandboxVendorSandboxTranslationFunction",
                        FunctionSettings.SANDBOX_DECLINE_PERCENT, "100")
                .andThen(TemplateEdit.functionEnvironment("LocalizationLocalizeContentFunction",
                        FunctionSettings.TRANSLATION_ATTEMPTS, "1000"))
                // A shorter wait before a message a dead consumer held is delivered again (60 s as synthesized).
                .andThen(TemplateEdit.property("AuditAppendToEventStoreSubscriptionQueue", "VisibilityTimeout",
                        AUDIT_VISIBILITY_SECONDS)), null);
        management = new RuntimeManagement(target.managementApi().orElseThrow());
        sqs = target.client(SqsClient.builder());
        dynamoDb = target.client(DynamoDbClient.builder());
        flow = FlowScenario.on(target, sqs);
    }

    @AfterEach
    void faultsOff() throws Exception {
        if (management != null) {
            management.faults("{}");
        }
    }

    @AfterAll
    static void printAccountsAndStop() {
        System.out.println("fault accounting (every event of the flows each fault touched):");
        System.out.println(FlowAccount.header());
        ACCOUNTS.forEach(account -> System.out.println(account.row()));
        if (dynamoDb != null) {
            dynamoDb.close();
        }
        if (sqs != null) {
            sqs.close();
        }
        if (target != null) {
            target.close();
        }
    }

    @Test
    @Order(1)
    void everyDeliveryDuplicatedHasEachSideEffectOnce() throws Exception {
        management.faults("{\"duplicateDeliveries\": true}");
        String topic = target.output("ReaderTopicArn");
        try (SnsClient sns = target.client(SnsClient.builder()); TestQueue readers = TestQueue.create(sqs, "readers-en")) {
            String subscription = sns.subscribe(s -> s.topicArn(topic).protocol("sqs").endpoint(readers.arn())
                    .returnSubscriptionArn(true).attributes(Map.of("RawMessageDelivery", "true",
                            "FilterPolicy", "{\"language\": [\"en\"]}"))).subscriptionArn();
            List<String> items = submitAll(3);
            items.forEach(FaultInjectionTest::publishedHistory);
            JsonNode counts = management.faultCounts();

            int reEmitted = 0;
            for (String contentId : items) {
                List<JsonNode> history = flow.history(contentId);
                assertThat(detailTypes(history)).as("what reaches readers and the catalog, once").containsOnlyOnce(
                        "ContentSubmitted", "ContentPublished.v2", "ContentPublished");
                // A handler that times out after publishing runs again once its idempotency claim expires, and emits
                // anew (a new event id): absorbed downstream by revision, but visible here; the run prints it.
                reEmitted += ofType(history, "ContentApproved").size() - 1;
                assertThat(readers.awaitMatching(1, FLOW, n -> n.path("contentId").asText().equals(contentId))).hasSize(1);
            }
            for (String contentId : items) {
                assertThat(readers.drain(Duration.ofMillis(500), n -> n.path("contentId").asText().equals(contentId)))
                        .as("one reader notice for " + contentId).hasSize(1);
            }
            assertThat(counts.path("duplicateDeliveries").asLong()).as("copies sent").isGreaterThanOrEqualTo(items.size() * 4L);
            account("every delivery duplicated (" + counts.path("duplicateDeliveries").asLong() + " copies)", items,
                    Set.of());
            System.out.printf("duplicate delivery: %d copies sent, every side effect once; ContentApproved emitted anew"
                    + " after a timed-out invocation: %d%n", counts.path("duplicateDeliveries").asLong(), reEmitted);
            sns.unsubscribe(u -> u.subscriptionArn(subscription));
        }
    }

    @Test
    @Order(2)
    void putEventsPartialFailuresAndThrottlingAreRetriedEntryByEntryAndAllArrive() throws Exception {
        management.faults("{\"putEventsFailureRate\": 0.25, \"putEventsThrottleRate\": 0.15, \"maxFailuresPerEntry\": 2}");

        List<String> items = submitAll(4);
        items.forEach(FaultInjectionTest::publishedHistory);
        JsonNode counts = management.faultCounts();

        long failed = counts.path("putEventsEntriesFailed").asLong();
        long throttled = counts.path("putEventsEntriesThrottled").asLong();
        assertThat(failed + throttled).as("entries refused").isPositive();
        FlowAccount account = account("PutEvents " + failed + " failed, " + throttled + " throttled", items, Set.of());
        // At least four events a flow: a handler whose retries outlast its timeout runs again and emits anew.
        assertThat(account.published()).isGreaterThanOrEqualTo(items.size() * 4);
    }

    @Test
    @Order(3)
    void poisonMessagesAreParkedInTheirConsumersDeadLetterQueuesWithReasonsAndARedriveAfterTheFixCompletesTheFlow()
            throws Exception {
        String moderationDlq = target.physicalId("ModerationModerateContentSubscriptionDeadLetterQueue");
        String catalogDlq = target.physicalId("CatalogCatalogProjectionSubscriptionDeadLetterQueue");
        String notificationsDlq = target.physicalId("NotificationsNotifyReadersSubscriptionDeadLetterQueue");
        sqs.sendMessage(m -> m.queueUrl(target.physicalId("ModerationModerateContentSubscriptionQueue"))
                .messageBody("{\"detail-type\": \"ContentSubmitted\", \"detail\": {"));
        ObjectNode invalid = event("ContentSubmitted", submitted("poison-" + UUID.randomUUID(), "A body", "A body"));
        ((ObjectNode) invalid.path("detail").path("data")).put("language", "English");
        sqs.sendMessage(m -> m.queueUrl(target.physicalId("CatalogCatalogProjectionSubscriptionQueue"))
                .messageBody(invalid.toString()));
        ObjectNode unknownVersion = event("ContentPublished.v9", submitted("poison-" + UUID.randomUUID(), "A", "A"));
        sqs.sendMessage(m -> m.queueUrl(target.physicalId("NotificationsNotifyReadersSubscriptionQueue"))
                .messageBody(unknownVersion.toString()));
        // Fixable: the content table holds a body other than the one the event's claim check names.
        String fixable = "poison-fixable-" + UUID.randomUUID();
        String contentTable = target.physicalId("ContentContentTable");
        dynamoDb.putItem(p -> p.tableName(contentTable).item(Map.of("contentId", AttributeValue.fromS(fixable),
                "revision", AttributeValue.fromN("1"), "body", AttributeValue.fromS("A body corrupted in storage"))));
        ObjectNode claimChecked = event("ContentSubmitted", submitted(fixable, BODY, BODY));
        try (EventBridgeClient events = target.client(EventBridgeClient.builder())) {
            events.putEvents(p -> p.entries(e -> e.eventBusName(target.output("EventBusName")).source("polyglot.content")
                    .detailType("ContentSubmitted").detail(claimChecked.path("detail").toString())));
        }
        String healthy = flow.submit(FlowScenario.article(BODY, "travel"));

        publishedHistory(healthy);
        List<Message> moderation = parked(moderationDlq, 2);
        List<Message> catalog = parked(catalogDlq, 1);
        List<Message> notifications = parked(notificationsDlq, 1);

        assertThat(reasons(moderation)).anySatisfy(reason -> assertThat(reason).startsWith("message is not JSON"))
                .anySatisfy(reason -> assertThat(reason).contains("body of " + fixable + " revision 1 hashes to")
                        .contains("but the event's claim check says"));
        assertThat(reasons(catalog)).singleElement().asString()
                .contains("ContentSubmitted v1 (detail-type ContentSubmitted) breaks its contract").contains("language");
        assertThat(reasons(notifications)).singleElement().asString().contains("unknown detail-type \"ContentPublished.v9\"");

        dynamoDb.updateItem(u -> u.tableName(contentTable).key(Map.of("contentId", AttributeValue.fromS(fixable)))
                .updateExpression("SET body = :body").expressionAttributeValues(Map.of(":body", AttributeValue.fromS(BODY))));
        JsonNode moved = management.redrive(moderationDlq.substring(moderationDlq.lastIndexOf('/') + 1));

        // At least the two parked here; a busy machine may have parked more (five failed receives of a slow start).
        int movedBack = moved.path("moved").path(queueName(target.physicalId("ModerationModerateContentSubscriptionQueue")))
                .asInt();
        assertThat(movedBack).isGreaterThanOrEqualTo(2);
        publishedHistory(fixable);
        assertThat(reasons(parked(moderationDlq, 1))).singleElement().asString().startsWith("message is not JSON");
        account("poison: 4 parked, 1 fixed and redriven", List.of(fixable), Set.of());
        System.out.printf("poison: moderation DLQ %d (%d redriven, 1 left), catalog DLQ %d, notifications DLQ %d%n",
                moderation.size(), movedBack, catalog.size(), notifications.size());
    }

    @Test
    @Order(4)
    void anEventLoopIsStoppedByTheCausationDepthGuardAndParkedWithItsReason() throws Exception {
        String contentId = flow.submit(FlowScenario.article(BODY, "travel", "de"));
        String sandboxDlq = target.physicalId("SandboxVendorSandboxTranslationSubscriptionDeadLetterQueue");
        String localizationDlq = target.physicalId("LocalizationLocalizeContentSubscriptionDeadLetterQueue");

        Message stopped = await().atMost(FLOW).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<Message> found = new ArrayList<>(peek(sandboxDlq));
            found.addAll(peek(localizationDlq));
            return found.stream().filter(m -> m.body().contains(contentId)).findFirst().orElse(null);
        }, message -> message != null);
        String reason = stopped.messageAttributes().get("reason").stringValue();
        assertThat(reason).contains("hops deep in its causation chain; the bound is 16: refused as a likely event loop");
        List<JsonNode> requests = await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20))
                .until(() -> ofType(flow.history(contentId), "TranslationRequested"), found -> true);
        int count = requests.size();
        assertThat(ofType(flow.history(contentId), "TranslationRequested")).as("the loop stays stopped").hasSize(count);
        assertThat(count).as("TranslationRequested before the guard stopped the loop, of 1000 allowed")
                .isBetween(2, 9);
        account("event loop stopped by the depth guard", List.of(contentId),
                Set.of(JSON.readTree(stopped.body()).path("detail").path("metadata").path("eventId").asText()));
        System.out.printf("event loop: %d TranslationRequested, then parked: %s%n", count, reason);
    }

    @Test
    @Order(5)
    void aConsumerJvmKilledMidBatchLosesNothingAndDoublesNothingOnceTheVisibilityTimeoutPasses() throws Exception {
        publishedHistory(flow.submit(FlowScenario.article(BODY, "travel")));
        ProcessHandle consumer = functionProcess(AUDIT_HANDLER);

        List<String> items = submitAll(6);
        flow.historyHolding(items.get(0), FLOW, "ContentSubmitted");
        long killedAt = System.nanoTime();
        consumer.destroyForcibly();
        consumer.onExit().get();

        for (String contentId : items) {
            publishedHistory(contentId);
            // What the killed JVM held comes back after the visibility timeout, later than what others stored.
            flow.historyHolding(contentId, FLOW, "ContentSubmitted", "ContentApproved", "ContentPublished.v2",
                    "ContentPublished");
        }
        long recovered = (System.nanoTime() - killedAt) / 1_000_000;
        for (String contentId : items) {
            assertThat(detailTypes(flow.history(contentId))).as("each event of " + contentId + " stored once")
                    .containsExactlyInAnyOrder("ContentSubmitted", "ContentApproved", "ContentPublished.v2",
                            "ContentPublished");
        }
        assertThat(functionProcess(AUDIT_HANDLER).pid()).as("a new consumer JVM").isNotEqualTo(consumer.pid());
        account("consumer JVM killed (kill -9) mid-batch", items, Set.of());
        System.out.printf("consumer kill: audit JVM %d killed; %d flows stored whole %d ms later (visibility %d s)%n",
                consumer.pid(), items.size(), recovered, AUDIT_VISIBILITY_SECONDS);
    }

    /** The live JVM of the function with this handler, one of this JVM's children. */
    private static ProcessHandle functionProcess(String handler) {
        return ProcessHandle.current().descendants()
                .filter(p -> p.isAlive() && p.info().commandLine().orElse("").endsWith(handler))
                .findFirst().orElseThrow(() -> new AssertionError("no running JVM for " + handler));
    }

    private static List<String> submitAll(int count) throws Exception {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(flow.submit(FlowScenario.article(BODY, "travel")));
        }
        return items;
    }

    /** The item's history once it is published in both versions and the catalog shows it. */
    private static List<JsonNode> publishedHistory(String contentId) {
        flow.catalogEntry(contentId, FLOW, e -> e.path("status").asText().equals("PUBLISHED"));
        return flow.historyHolding(contentId, FLOW, "ContentPublished.v2", "ContentPublished");
    }

    /**
     * The account of the flows of {@code contentIds} once every event put is consumed or parked: an event put late (a
     * retried PutEvents, a handler that timed out and emits anew) is still on its way when the flows look complete.
     */
    private static FlowAccount account(String fault, List<String> contentIds, Set<String> parked) throws Exception {
        Instant deadline = Instant.now().plus(FLOW);
        FlowAccount account = accountNow(fault, contentIds, parked);
        while (account.lost() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            account = accountNow(fault, contentIds, parked);
        }
        ACCOUNTS.add(account);
        System.out.println(FlowAccount.header() + "\n" + account.row());
        assertThat(account.lost()).as("lost").isZero();
        assertThat(account.doubled()).as("doubled").isZero();
        assertThat(account.published()).as("published = consumed + in DLQ")
                .isEqualTo(account.consumed() + account.parkedOfPublished());
        return account;
    }

    private static FlowAccount accountNow(String fault, List<String> contentIds, Set<String> parked) throws Exception {
        List<JsonNode> history = new ArrayList<>();
        for (String contentId : contentIds) {
            history.addAll(flow.history(contentId));
        }
        Set<String> correlationIds = new HashSet<>();
        history.forEach(e -> correlationIds.add(e.path("envelope").path("metadata").path("correlationId").asText()));
        List<JsonNode> hops = new ArrayList<>();
        for (String correlationId : correlationIds) {
            hops.addAll(management.hops(correlationId));
        }
        return FlowAccount.of(fault, hops, history, parked);
    }

    /** The DLQ's messages once it holds {@code count}, left in it (received with a zero visibility timeout). */
    private static List<Message> parked(String queueUrl, int count) {
        return await().atMost(FLOW).pollInterval(Duration.ofMillis(200)).until(() -> peek(queueUrl),
                messages -> messages.size() == count);
    }

    private static List<Message> peek(String queueUrl) {
        List<Message> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Message> batch;
        do {
            batch = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).visibilityTimeout(0)
                    .messageAttributeNames("All")).messages();
            batch.stream().filter(m -> seen.add(m.messageId())).forEach(all::add);
        } while (batch.size() == 10 && all.size() < 100);
        return all;
    }

    private static List<String> reasons(List<Message> messages) {
        return messages.stream().map(m -> m.messageAttributes().get("reason").stringValue()).toList();
    }

    private static String queueName(String queueUrl) {
        return queueUrl.substring(queueUrl.lastIndexOf('/') + 1);
    }

    /** A ContentSubmitted data part whose claim check names {@code claimedBody}. */
    private static ObjectNode submitted(String contentId, String claimedBody, String title) {
        ObjectNode data = JSON.createObjectNode().put("contentId", contentId).put("revision", 1).put("title", title)
                .put("language", "en").put("category", "travel");
        data.putArray("targetLanguages");
        data.set("body", EventJson.mapper().valueToTree(BodyReference.ofText(
                "https://content.polyglot.invalid/" + contentId, claimedBody)));
        return data;
    }

    /** An EventBridge event as a rule delivers it to a queue, with the envelope every event carries. */
    private static ObjectNode event(String detailType, ObjectNode data) {
        String correlationId = UUID.randomUUID().toString();
        ObjectNode event = JSON.createObjectNode().put("version", "0").put("id", UUID.randomUUID().toString())
                .put("detail-type", detailType).put("source", "polyglot.content").put("account", "000000000000")
                .put("time", Instant.now().toString()).put("region", "us-east-1");
        event.putArray("resources");
        ObjectNode detail = event.putObject("detail");
        detail.putObject("metadata").put("eventId", UUID.randomUUID().toString()).put("schemaVersion", 1)
                .put("correlationId", correlationId).put("causationId", correlationId).put("producer", "content")
                .put("occurredAt", Instant.now().toString());
        detail.set("data", data);
        return event;
    }
}

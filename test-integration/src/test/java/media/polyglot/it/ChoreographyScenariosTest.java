package media.polyglot.it;

import static media.polyglot.it.FlowScenario.data;
import static media.polyglot.it.FlowScenario.detailTypes;
import static media.polyglot.it.FlowScenario.ofType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The whole choreography seen from outside, on the selected target: submission, moderation, translation by the
 * sandbox vendor, publication, readers' notices through SNS, the catalog and the history; a rejection, a
 * revision overtaking its translations, a withdrawal; and two subscribers from outside, a partner account's rule
 * on the bus and a reader's SNS subscription filtered by language.
 */
@ExtendWith(SharedTarget.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChoreographyScenariosTest {

    private static final Duration FLOW = FlowScenario.PATIENCE;
    private static final String BODY = "Across Europe, sleeper routes return, from Paris to Vienna.";

    private static Target target;
    private static SqsClient sqs;
    private static FlowScenario flow;

    @BeforeAll
    static void start(Target shared) {
        target = shared;
        sqs = target.client(SqsClient.builder());
        flow = FlowScenario.on(target, sqs);
        System.out.println("choreography scenarios on target " + target.name());
    }

    @AfterAll
    static void stop() {
        if (sqs != null) {
            sqs.close();
        }
    }

    @Test
    @Order(1)
    void anArticleIsModeratedTranslatedIntoThreeLanguagesPublishedAndAnnouncedToItsReaders() throws Exception {
        long cold = publishAndMeasure("cold");
        long warm = publishAndMeasure("warm");
        System.out.printf("flow submit -> German readers' notice: cold %d ms, warm %d ms%n", cold, warm);
    }

    @Test
    @Order(2)
    void aBannedTermIsRejectedAndNothingIsPublished() throws Exception {
        String contentId = flow.submit(FlowScenario.article("Win big at the casino on the night train to Vienna.",
                "travel", "de"));

        List<JsonNode> history = flow.historyHolding(contentId, FLOW, "ContentRejected");
        JsonNode entry = flow.catalogEntry(contentId, FLOW, e -> e.path("status").asText().equals("REJECTED"));

        JsonNode rejected = ofType(history, "ContentRejected").get(0);
        assertThat(data(rejected).path("reason").asText()).isEqualTo("POLICY_VIOLATION");
        assertThat(data(rejected).path("note").asText()).contains("casino");
        assertThat(entry.path("languages")).isEmpty();
        // Nothing downstream of a rejection: no request, no publication, however long one waits.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> detailTypes(flow.history(contentId))
                .equals(List.of("ContentSubmitted", "ContentRejected")));
    }

    @Test
    @Order(3)
    void aRevisionWhileTranslatingIsTheOnlyOnePublishedOnceItIsApproved() throws Exception {
        String contentId = flow.submit(FlowScenario.article(BODY, "travel", "de", "fr", "es"));
        flow.historyHolding(contentId, FLOW, "TranslationRequested");

        HttpResponse<String> revised = flow.send("POST", "/content/" + contentId + "/revisions",
                FlowScenario.article("Sleeper routes return across Europe, now with Berlin and Warsaw.", "travel",
                        "de", "fr", "es"));

        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(202);
        JsonNode entry = flow.catalogEntry(contentId, FLOW, e -> e.path("live").path("revision").asInt() == 2);
        assertThat(entry.path("languages")).extracting(JsonNode::asText).containsExactly("en", "de", "fr", "es");
        List<JsonNode> history = await().atMost(FLOW).pollInterval(Duration.ofMillis(100)).until(
                () -> flow.history(contentId), events -> ofType(events, "ContentPublished.v2").stream()
                        .anyMatch(e -> data(e).path("revision").asInt() == 2));
        Instant secondApproved = occurredAt(ofType(history, "ContentApproved").stream()
                .filter(e -> data(e).path("revision").asInt() == 2).findFirst().orElseThrow());
        List<JsonNode> published = ofType(history, "ContentPublished.v2").stream()
                .sorted(Comparator.comparing(ChoreographyScenariosTest::occurredAt)).toList();
        int firstOfSecond = published.stream().map(e -> data(e).path("revision").asInt()).toList().indexOf(2);
        // Revision 1 may have gone live before publishing learnt of revision 2, never after revision 2 did.
        assertThat(published.subList(firstOfSecond, published.size()))
                .allSatisfy(e -> assertThat(data(e).path("revision").asInt()).isEqualTo(2));
        assertThat(published.subList(0, firstOfSecond))
                .allSatisfy(e -> assertThat(data(e).path("revision").asInt()).isEqualTo(1));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> flow.catalog("/content/" + contentId)
                .path("live").path("revision").asInt() == 2);
        long lateFirstRevision = ofType(history, "TranslationCompleted").stream()
                .filter(e -> data(e).path("revision").asInt() == 1 && occurredAt(e).isAfter(secondApproved)).count();
        System.out.printf("revision while translating: revision 1 published %d time(s), %d of its translations"
                + " completed after revision 2 was approved; revision 2 live%n", firstOfSecond, lateFirstRevision);
    }

    @Test
    @Order(4)
    void aWithdrawalAfterPublicationTakesTheItemDownEverywhere() throws Exception {
        String contentId = flow.submit(FlowScenario.article(BODY, "travel", "de"));
        flow.readerNotice(contentId, "published", FLOW);

        HttpResponse<String> withdrawn = flow.send("DELETE", "/content/" + contentId, "{\"reason\": \"outdated\"}");

        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(202);
        JsonNode notice = flow.readerNotice(contentId, "unpublished", FLOW);
        assertThat(notice.path("language").asText()).isEqualTo("de");
        JsonNode entry = flow.catalogEntry(contentId, FLOW, e -> e.path("languages").isEmpty());
        assertThat(entry.path("status").asText()).isEqualTo("WITHDRAWN");
        List<String> types = detailTypes(flow.historyHolding(contentId, FLOW, "ContentWithdrawn", "ContentUnpublished"));
        assertThat(types.subList(types.size() - 2, types.size())).containsExactly("ContentWithdrawn", "ContentUnpublished");

        HttpResponse<String> revised = flow.send("POST", "/content/" + contentId + "/revisions",
                FlowScenario.article("A revision after the withdrawal, long enough.", "travel", "de"));
        assertThat(revised.statusCode()).isEqualTo(409);
        assertThat(revised.body()).contains("\"code\":\"Withdrawn\"");
        assertThat(flow.send("DELETE", "/content/" + contentId, null).statusCode()).isEqualTo(409);
    }

    @Test
    @Order(5)
    void aPartnerAccountsRuleReceivesContentPublishedInBothVersions() throws Exception {
        String bus = target.output("EventBusName");
        String ruleName = "it-partner-" + UUID.randomUUID().toString().substring(0, 8);
        try (EventBridgeClient events = target.client(EventBridgeClient.builder());
             TestQueue partner = TestQueue.create(sqs, "partner")) {
            String ruleArn = events.putRule(r -> r.name(ruleName).eventBusName(bus).eventPattern("""
                    {"source": ["polyglot.publishing"], "detail-type": ["ContentPublished", "ContentPublished.v2"]}""")
            ).ruleArn();
            try {
                partner.allowSendFrom("events.amazonaws.com", ruleArn);
                events.putTargets(t -> t.rule(ruleName).eventBusName(bus).targets(x -> x.id("partner").arn(partner.arn())));
                String contentId = flow.submit(FlowScenario.article(BODY, "travel", "de", "fr"));

                List<JsonNode> received = partner.awaitMatching(2, FLOW,
                        e -> e.path("detail").path("data").path("contentId").asText().equals(contentId));

                JsonNode v1 = received.stream().filter(e -> e.path("detail-type").asText().equals("ContentPublished"))
                        .findFirst().orElseThrow();
                JsonNode v2 = received.stream().filter(e -> e.path("detail-type").asText().equals("ContentPublished.v2"))
                        .findFirst().orElseThrow();
                assertThat(v1.path("detail").path("metadata").path("schemaVersion").asInt()).isEqualTo(1);
                assertThat(v1.path("detail").path("data").path("languages")).extracting(JsonNode::asText)
                        .containsExactly("en", "de", "fr");
                assertThat(v2.path("detail").path("metadata").path("schemaVersion").asInt()).isEqualTo(2);
                assertThat(v2.path("detail").path("data").path("editions")).extracting(e -> e.path("language").asText())
                        .containsExactly("en", "de", "fr");
                assertThat(v2.path("detail").path("data").path("editions").get(1).path("title").asText())
                        .startsWith("[de] ");
                assertThat(partner.drain(Duration.ofSeconds(2),
                        e -> e.path("detail").path("data").path("contentId").asText().equals(contentId)))
                        .as("each version once").hasSize(2);
            } finally {
                events.removeTargets(r -> r.rule(ruleName).eventBusName(bus).ids("partner"));
                events.deleteRule(r -> r.name(ruleName).eventBusName(bus));
            }
        }
    }

    @Test
    @Order(6)
    void aReaderSubscriptionFilteredOnFrenchGetsTheFrenchEditionOnly() throws Exception {
        String topic = target.output("ReaderTopicArn");
        try (SnsClient sns = target.client(SnsClient.builder()); TestQueue reader = TestQueue.create(sqs, "reader-fr")) {
            reader.allowSendFrom("sns.amazonaws.com", topic);
            String subscription = sns.subscribe(s -> s.topicArn(topic).protocol("sqs").endpoint(reader.arn())
                    .returnSubscriptionArn(true).attributes(Map.of("RawMessageDelivery", "true",
                            "FilterPolicy", "{\"language\": [\"fr\"]}"))).subscriptionArn();
            try {
                String contentId = flow.submit(FlowScenario.article(BODY, "travel", "de", "fr", "es"));

                reader.awaitMatching(1, FLOW, n -> n.path("contentId").asText().equals(contentId));
                flow.readerNotice(contentId, "published", FLOW);

                List<JsonNode> notices = reader.drain(Duration.ofSeconds(2),
                        n -> n.path("contentId").asText().equals(contentId));
                assertThat(notices).extracting(n -> n.path("language").asText() + " " + n.path("kind").asText())
                        .containsExactly("fr published");
                assertThat(notices.get(0).path("title").asText()).startsWith("[fr] ");
                assertThat(flow.noticesAbout(contentId)).extracting(n -> n.path("language").asText())
                        .as("the German travel readers' subscription, beside it").containsExactly("de");
            } finally {
                sns.unsubscribe(u -> u.subscriptionArn(subscription));
            }
        }
    }

    @Test
    @Order(7)
    void theContentApiRefusesUnknownItemsAndBrokenRevisionsWritingNothing() throws Exception {
        String contentId = flow.submit(FlowScenario.article(BODY, "travel"));

        HttpResponse<String> unknown = flow.send("POST", "/content/no-such-item/revisions",
                FlowScenario.article("A body long enough to pass moderation.", "travel", "de"));
        HttpResponse<String> broken = flow.send("POST", "/content/" + contentId + "/revisions", "{\"title\": 1}");
        HttpResponse<String> revised = flow.send("POST", "/content/" + contentId + "/revisions",
                FlowScenario.article("Sleeper routes return across Europe, now with Berlin.", "travel"));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("title must be a string");
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(202);
        assertThat(revised.body()).contains("\"revision\":2");
        JsonNode entry = flow.catalogEntry(contentId, FLOW, e -> e.path("live").path("revision").asInt() == 2);
        assertThat(entry.path("status").asText()).isEqualTo("PUBLISHED");
    }

    @Test
    @Order(8)
    void theCatalogRefusesWhatItCannotAnswer() throws Exception {
        assertThat(flow.catalogResponse("/content/no-such-item").statusCode()).isEqualTo(404);
        assertThat(flow.catalogResponse("/content?language=German").statusCode()).isEqualTo(400);
        assertThat(flow.catalogResponse("/content?language=de&limit=0").body()).contains("\"code\":\"InvalidQuery\"");
    }

    /** One article through the whole flow; returns the time from submission to the German readers' notice. */
    private long publishAndMeasure(String run) throws Exception {
        long startedAt = System.nanoTime();
        String contentId = flow.submit(FlowScenario.article(BODY, "travel", "de", "fr", "es"));
        JsonNode notice = flow.readerNotice(contentId, "published", FLOW);
        long elapsed = (System.nanoTime() - startedAt) / 1_000_000;

        assertThat(notice.path("language").asText()).isEqualTo("de");
        assertThat(notice.path("category").asText()).isEqualTo("travel");
        assertThat(notice.path("title").asText()).isEqualTo("[de] Níght tráíns áré báck");
        assertThat(notice.path("url").asText()).isEqualTo("https://polyglot.media/de/travel/" + contentId);

        JsonNode entry = flow.catalogEntry(contentId, FLOW, e -> e.path("status").asText().equals("PUBLISHED"));
        assertThat(entry.path("languages")).extracting(JsonNode::asText).containsExactly("en", "de", "fr", "es");
        assertThat(flow.catalog("/content?language=fr&limit=100").path("items").findValuesAsText("contentId"))
                .contains(contentId);

        // The store keeps arrival order, which two queues' deliveries may swap; the events' own times are causal.
        List<JsonNode> history = flow.historyHolding(contentId, FLOW, "ContentPublished.v2", "ContentPublished")
                .stream().sorted(Comparator.comparing(ChoreographyScenariosTest::occurredAt)).toList();
        List<String> types = detailTypes(history);
        assertThat(types).hasSize(10);
        assertThat(types.subList(0, 2)).containsExactly("ContentSubmitted", "ContentApproved");
        assertThat(types.subList(2, 5)).containsOnly("TranslationRequested");
        assertThat(types.subList(5, 8)).containsOnly("TranslationCompleted");
        assertThat(Set.copyOf(types.subList(8, 10))).containsExactlyInAnyOrder("ContentPublished.v2", "ContentPublished");
        assertThat(history.stream().map(e -> e.path("envelope").path("metadata").path("correlationId").asText())
                .collect(Collectors.toSet())).hasSize(1);
        Instant submitted = occurredAt(history.get(0));
        Instant published = occurredAt(history.get(history.size() - 1));
        System.out.printf("%s flow: submit -> notice %d ms; ContentSubmitted -> ContentPublished %d ms (event times)%n",
                run, elapsed, Duration.between(submitted, published).toMillis());
        return elapsed;
    }

    static Instant occurredAt(JsonNode event) {
        return Instant.parse(event.path("envelope").path("metadata").path("occurredAt").asText());
    }
}

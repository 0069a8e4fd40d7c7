package media.polyglot.local.protocol.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import media.polyglot.local.LocalRuntime;
import media.polyglot.local.LocalSettings;
import media.polyglot.local.template.AssemblyFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import media.polyglot.local.EdgeClients;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.InvalidEventPatternException;
import software.amazon.awssdk.services.eventbridge.model.ReplayState;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eventbridge.model.Rule;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** EventBridge's API on the edge, driven by the stock SDK client, with cases from the EventBridge User Guide. */
class EventBridgeProtocolSdkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path assembly;

    private static LocalRuntime runtime;
    private static EventBridgeClient events;
    private static SqsClient sqs;

    @BeforeAll
    static void start() throws Exception {
        AssemblyFixture.write(assembly, """
                {"Resources": {"Bus": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "shop"}},
                               "Mirror": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "mirror"}}}}""");
        runtime = LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0));
        events = client(EventBridgeClient.builder());
        sqs = client(SqsClient.builder());
    }

    @AfterAll
    static void stop() {
        events.close();
        sqs.close();
        runtime.close();
    }

    @Test
    void aRuleAndTargetPutThroughTheApiDeliverMatchingEvents() throws Exception {
        String queue = queue();
        events.putRule(r -> r.eventBusName("shop").name("big-orders")
                .eventPattern("{\"detail-type\": [\"OrderPlaced\"], \"detail\": {\"total\": [{\"numeric\": [\">=\", 100]}]}}"));
        events.putTargets(t -> t.eventBusName("shop").rule("big-orders").targets(Target.builder().id("q").arn(arn(queue)).build()));

        put("shop", "OrderPlaced", "{\"total\": 150}");
        put("shop", "OrderPlaced", "{\"total\": 20}");

        assertThat(JSON.readTree(receive(queue).body()).path("detail").path("total").asInt()).isEqualTo(150);
        assertThat(sqs.receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(1)).messages()).isEmpty();
    }

    @Test
    void rulesAndTargetsAreListedAsTheyWerePut() {
        String queue = queue();
        events.putRule(r -> r.eventBusName("shop").name("listed-rule").eventPattern("{\"source\": [\"a\"]}")
                .description("for listing"));
        events.putTargets(t -> t.eventBusName("shop").rule("listed-rule").targets(Target.builder().id("q").arn(arn(queue))
                .deadLetterConfig(d -> d.arn(arn(queue)))
                .retryPolicy(p -> p.maximumRetryAttempts(3).maximumEventAgeInSeconds(600)).build()));

        List<Rule> rules = events.listRules(r -> r.eventBusName("shop").namePrefix("listed-")).rules();
        assertThat(rules).singleElement().satisfies(rule -> {
            assertThat(rule.name()).isEqualTo("listed-rule");
            assertThat(rule.arn()).isEqualTo("arn:aws:events:us-east-1:000000000000:rule/shop/listed-rule");
            assertThat(rule.stateAsString()).isEqualTo("ENABLED");
            assertThat(rule.description()).isEqualTo("for listing");
        });
        Target target = events.listTargetsByRule(r -> r.eventBusName("shop").rule("listed-rule")).targets().get(0);
        assertThat(target.deadLetterConfig().arn()).isEqualTo(arn(queue));
        assertThat(target.retryPolicy().maximumRetryAttempts()).isEqualTo(3);
        assertThat(target.retryPolicy().maximumEventAgeInSeconds()).isEqualTo(600);
    }

    @Test
    void aMissingBusOrRuleIsResourceNotFound() {
        assertThatThrownBy(() -> events.describeEventBus(d -> d.name("nope")))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageStartingWith("Event bus nope does not exist.");
        assertThatThrownBy(() -> events.listTargetsByRule(r -> r.eventBusName("shop").rule("nope")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Rule nope does not exist on EventBus shop.");
        assertThat(events.describeEventBus(d -> d.name("shop")).arn())
                .isEqualTo("arn:aws:events:us-east-1:000000000000:event-bus/shop");
    }

    @Test
    void anInvalidPatternIsRefusedWithTheReason() {
        assertThatThrownBy(() -> events.putRule(r -> r.eventBusName("shop").name("bad").eventPattern("{\"source\": \"a\"}")))
                .isInstanceOf(InvalidEventPatternException.class)
                .hasMessageStartingWith("Event pattern is not valid. Reason: ");
    }

    /** Content filtering examples, "Creating event patterns" and "Content filtering in event patterns". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"source\": [{\"prefix\": \"aws.\"}]}                                   | {\"source\": \"aws.ec2\"}                      | true",
            "{\"source\": [{\"prefix\": \"aws.\"}]}                                   | {\"source\": \"custom.ec2\"}                   | false",
            "{\"detail\": {\"file\": [{\"suffix\": \".png\"}]}}                         | {\"detail\": {\"file\": \"a.png\"}}               | true",
            "{\"detail\": {\"state\": [{\"anything-but\": \"initializing\"}]}}          | {\"detail\": {\"state\": \"running\"}}            | true",
            "{\"detail\": {\"state\": [{\"anything-but\": \"initializing\"}]}}          | {\"detail\": {\"state\": \"initializing\"}}       | false",
            "{\"detail\": {\"c-count\": [{\"numeric\": [\">\", 0, \"<=\", 5]}]}}       | {\"detail\": {\"c-count\": 5}}                    | true",
            "{\"detail\": {\"c-count\": [{\"numeric\": [\">\", 0, \"<=\", 5]}]}}       | {\"detail\": {\"c-count\": 6}}                    | false",
            "{\"detail\": {\"state\": [{\"exists\": false}]}}                          | {\"detail\": {\"other\": 1}}                      | true",
            "{\"detail\": {\"eventSource\": [{\"wildcard\": \"*.amazonaws.com\"}]}}     | {\"detail\": {\"eventSource\": \"s3.amazonaws.com\"}} | true",
            "{\"detail\": {\"$or\": [{\"c\": [1]}, {\"d\": [2]}]}}                     | {\"detail\": {\"d\": 2}}                           | true",
            "{\"detail\": {\"name\": [{\"equals-ignore-case\": \"alice\"}]}}           | {\"detail\": {\"name\": \"ALICE\"}}                | true"})
    void testEventPatternAnswersAsTheUserGuideShows(String pattern, String eventFields, boolean matches) throws Exception {
        JsonNode fields = JSON.readTree(eventFields);
        var event = JSON.createObjectNode().put("id", "1").put("account", "000000000000").put("source", "custom")
                .put("time", "2026-11-26T10:00:00Z").put("region", "us-east-1").put("detail-type", "T");
        event.putArray("resources");
        event.set("detail", JSON.createObjectNode());
        event.setAll((ObjectNode) fields);

        assertThat(events.testEventPattern(t -> t.eventPattern(pattern).event(event.toString())).result()).isEqualTo(matches);
    }

    /** "Amazon EventBridge input transformation": a text template and a JSON template. */
    @Test
    void anInputTransformerShapesWhatTheTargetReceives() throws Exception {
        String text = queue();
        String json = queue();
        events.putRule(r -> r.eventBusName("shop").name("states").eventPattern("{\"detail-type\": [\"InstanceState\"]}"));
        events.putTargets(t -> t.eventBusName("shop").rule("states").targets(
                Target.builder().id("text").arn(arn(text)).inputTransformer(i -> i
                        .inputPathsMap(Map.of("instance", "$.detail.instance", "status", "$.detail.status"))
                        .inputTemplate("\"<instance> is in state <status>\"")).build(),
                Target.builder().id("json").arn(arn(json)).inputTransformer(i -> i
                        .inputPathsMap(Map.of("instance", "$.detail.instance", "status", "$.detail.status"))
                        .inputTemplate("{\"myInstance\": <instance>, \"myStatus\": \"<instance> is in state \\\"<status>\\\"\","
                                + " \"rule\": \"<aws.events.rule-name>\"}")).build()));

        put("shop", "InstanceState", "{\"instance\": \"i-123\", \"status\": \"RUNNING\"}");

        assertThat(receive(text).body()).isEqualTo("\"i-123 is in state RUNNING\"");
        JsonNode shaped = JSON.readTree(receive(json).body());
        assertThat(shaped.path("myInstance").asText()).isEqualTo("i-123");
        assertThat(shaped.path("myStatus").asText()).isEqualTo("i-123 is in state \"RUNNING\"");
        assertThat(shaped.path("rule").asText()).isEqualTo("states");
    }

    @Test
    void aRuleCanForwardToAnotherBusWhoseRulesMatchInTurn() throws Exception {
        String queue = queue();
        events.putRule(r -> r.eventBusName("shop").name("to-mirror").eventPattern("{\"detail-type\": [\"Mirrored\"]}"));
        events.putTargets(t -> t.eventBusName("shop").rule("to-mirror").targets(Target.builder().id("bus")
                .arn("arn:aws:events:us-east-1:000000000000:event-bus/mirror").build()));
        events.putRule(r -> r.eventBusName("mirror").name("mirror-inbox").eventPattern("{\"detail-type\": [\"Mirrored\"]}"));
        events.putTargets(t -> t.eventBusName("mirror").rule("mirror-inbox").targets(Target.builder().id("q").arn(arn(queue)).build()));

        put("shop", "Mirrored", "{\"n\": 7}");

        assertThat(JSON.readTree(receive(queue).body()).path("detail").path("n").asInt()).isEqualTo(7);
    }

    /** "Archiving and replaying events in Amazon EventBridge": replayed events carry replay-name. */
    @Test
    void anArchivedEventIsReplayedToTheRulesNamedWithItsReplayName() throws Exception {
        String queue = queue();
        String archive = "orders-" + UUID.randomUUID().toString().substring(0, 8);
        events.createArchive(a -> a.archiveName(archive).eventSourceArn("arn:aws:events:us-east-1:000000000000:event-bus/shop")
                .eventPattern("{\"detail-type\": [\"Archived\"]}").retentionDays(1));
        Instant from = Instant.now().minusSeconds(1);
        put("shop", "Archived", "{\"n\": 1}");
        put("shop", "NotArchived", "{\"n\": 2}");
        events.putRule(r -> r.eventBusName("shop").name("replay-inbox").eventPattern("{\"detail-type\": [\"Archived\"]}"));
        events.putTargets(t -> t.eventBusName("shop").rule("replay-inbox").targets(Target.builder().id("q").arn(arn(queue)).build()));
        String ruleArn = "arn:aws:events:us-east-1:000000000000:rule/shop/replay-inbox";

        events.startReplay(s -> s.replayName(archive + "-replay").eventSourceArn(
                        "arn:aws:events:us-east-1:000000000000:archive/" + archive)
                .eventStartTime(from).eventEndTime(Instant.now().plusMillis(1))
                .destination(d -> d.arn("arn:aws:events:us-east-1:000000000000:event-bus/shop").filterArns(ruleArn)));

        await().atMost(Duration.ofSeconds(10)).until(() -> events.describeReplay(d -> d.replayName(archive + "-replay"))
                .state() == ReplayState.COMPLETED);
        JsonNode replayed = JSON.readTree(receive(queue).body());
        assertThat(replayed.path("replay-name").asText()).isEqualTo(archive + "-replay");
        assertThat(replayed.path("detail").path("n").asInt()).isEqualTo(1);
        assertThat(sqs.receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(1)).messages()).isEmpty();
    }

    @Test
    void anOperationNotServedGetsUnknownOperationNamingIt() {
        assertThatThrownBy(() -> events.listConnections(l -> l.namePrefix("x")))
                .isInstanceOf(EventBridgeException.class)
                .satisfies(e -> assertThat(((EventBridgeException) e).awsErrorDetails().errorCode())
                        .isEqualTo("UnknownOperationException"))
                .hasMessageContaining("does not serve EventBridge operation AWSEvents.ListConnections");
    }

    private static void put(String bus, String detailType, String detail) {
        assertThat(events.putEvents(p -> p.entries(e -> e.eventBusName(bus).source("shop.test").detailType(detailType)
                .detail(detail))).failedEntryCount()).isZero();
    }

    private static String queue() {
        return sqs.createQueue(q -> q.queueName("q-" + UUID.randomUUID())).queueUrl();
    }

    private static String arn(String queueUrl) {
        return "arn:aws:sqs:us-east-1:000000000000:" + queueUrl.substring(queueUrl.lastIndexOf('/') + 1);
    }

    private static Message receive(String queue) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> sqs.receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(1)).messages(),
                messages -> !messages.isEmpty()).get(0);
    }

    private static <B extends AwsClientBuilder<B, C>, C> C client(B builder) {
        return EdgeClients.at(builder, runtime.edgeUrl());
    }
}

package media.polyglot.infra;

import static media.polyglot.infra.StackTemplate.APPEND;
import static media.polyglot.infra.StackTemplate.FUNCTION;
import static media.polyglot.infra.StackTemplate.HISTORY;
import static media.polyglot.infra.StackTemplate.QUEUE;
import static media.polyglot.infra.StackTemplate.RELAY;
import static media.polyglot.infra.StackTemplate.SUBMIT;
import static media.polyglot.infra.StackTemplate.TABLE;
import static media.polyglot.infra.StackTemplate.arn;
import static media.polyglot.infra.StackTemplate.getAtt;
import static media.polyglot.infra.StackTemplate.hashKey;
import static media.polyglot.infra.StackTemplate.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import media.polyglot.events.Bus;
import media.polyglot.events.wiring.FunctionEnvironment;
import media.polyglot.infra.common.JavaFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The topology the dev stack synthesizes, read from its template the way CloudFormation and the local runtime read it. */
class PolyglotStackTest {

    private static final String MAPPING = "AWS::Lambda::EventSourceMapping";
    private static final String LOG_GROUP = "AWS::Logs::LogGroup";

    private static StackTemplate stack;
    private static Template template;

    @BeforeAll
    static void synthesizeDevStack() {
        stack = new StackTemplate(synthesize("dev"));
        template = stack.template();
    }

    @Test
    void theBusIsTheOneNamedInTheContracts() {
        template.resourceCountIs("AWS::Events::EventBus", 1);
        template.hasResourceProperties("AWS::Events::EventBus", Map.of("Name", Bus.NAME));
    }

    @Test
    void theAuditRuleSendsEveryEventOfOursToItsQueueWithRetriesAndADeadLetterQueue() {
        template.resourceCountIs("AWS::Events::Rule", 1);
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "EventBusName", ref(stack.busId()),
                "EventPattern", Map.of("source", List.of(Map.of("prefix", Bus.SOURCE_PREFIX))),
                "Targets", List.of(Map.of(
                        "Arn", arn(stack.subscriptionQueueId()),
                        "DeadLetterConfig", Map.of("Arn", arn(stack.subscriptionDeadLetterQueueId())),
                        "RetryPolicy", Map.of("MaximumEventAgeInSeconds", 3600, "MaximumRetryAttempts", 8)))));
    }

    @Test
    void theSubscriptionQueueHidesAMessageSixFunctionTimeoutsAndRedrivesItAfterFiveReceives() {
        template.hasResourceProperties(QUEUE, Map.of(
                "VisibilityTimeout", 60,
                "RedrivePolicy", Map.of(
                        "deadLetterTargetArn", arn(stack.subscriptionDeadLetterQueueId()),
                        "maxReceiveCount", 5)));
    }

    @Test
    void deadLetterQueuesKeepTheirMessagesFourteenDays() {
        for (String id : List.of(stack.subscriptionDeadLetterQueueId(), stack.relayDeadLetterQueueId())) {
            assertThat(stack.properties(id)).containsEntry("MessageRetentionPeriod", 14 * 24 * 3600);
        }
    }

    @Test
    void everyQueueIsEncryptedAndRefusesRequestsWithoutTls() {
        template.resourceCountIs(QUEUE, 3);
        template.allResourcesProperties(QUEUE, Map.of("SqsManagedSseEnabled", true));
        for (String queue : template.findResources(QUEUE).keySet()) {
            template.hasResourceProperties("AWS::SQS::QueuePolicy", Map.of(
                    "Queues", List.of(ref(queue)),
                    "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                            "Effect", "Deny",
                            "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
        }
    }

    @Test
    void tablesHaveTheirKeysAndShareEncryptionRecoveryAndOnDemandCapacity() {
        template.resourceCountIs(TABLE, 3);
        template.allResourcesProperties(TABLE, Map.of(
                "BillingMode", "PAY_PER_REQUEST",
                "SSESpecification", Map.of("SSEEnabled", true),
                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true)));
        assertThat(stack.properties(stack.contentTableId()))
                .doesNotContainKeys("StreamSpecification", "TimeToLiveSpecification");
        template.hasResourceProperties(TABLE, Map.of(
                "KeySchema", List.of(hashKey("eventId")),
                "StreamSpecification", Map.of("StreamViewType", "NEW_IMAGE"),
                "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true)));
        template.hasResourceProperties(TABLE, Map.of(
                "KeySchema", List.of(hashKey("contentId"), Map.of("AttributeName", "position", "KeyType", "RANGE")),
                "AttributeDefinitions", List.of(
                        Map.of("AttributeName", "contentId", "AttributeType", "S"),
                        Map.of("AttributeName", "position", "AttributeType", "S"))));
    }

    @Test
    void theSubscriptionQueueFeedsTheAppendFunctionInBatchesReportingPartialFailures() {
        template.hasResourceProperties(MAPPING, Map.of(
                "EventSourceArn", arn(stack.subscriptionQueueId()),
                "FunctionName", ref(stack.functionId(APPEND)),
                "BatchSize", 10,
                "MaximumBatchingWindowInSeconds", Match.absent(),
                "FunctionResponseTypes", List.of("ReportBatchItemFailures")));
    }

    @Test
    void theOutboxStreamFeedsTheRelayWhichParksWhatItCannotPublishInItsDeadLetterQueue() {
        template.resourceCountIs(MAPPING, 2);
        template.hasResourceProperties(MAPPING, Map.of(
                "EventSourceArn", getAtt(stack.outboxTableId(), "StreamArn"),
                "FunctionName", ref(stack.functionId(RELAY)),
                "StartingPosition", "TRIM_HORIZON",
                "BisectBatchOnFunctionError", true,
                "MaximumRetryAttempts", 10,
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                "DestinationConfig", Map.of("OnFailure", Map.of("Destination", arn(stack.relayDeadLetterQueueId())))));
    }

    @Test
    void bothApisAreFunctionUrlsThatRequireIamSignatures() {
        template.resourceCountIs("AWS::Lambda::Url", 2);
        for (String handler : List.of(SUBMIT, HISTORY)) {
            template.hasResourceProperties("AWS::Lambda::Url", Map.of(
                    "AuthType", "AWS_IAM",
                    "TargetFunctionArn", arn(stack.functionId(handler))));
        }
    }

    @Test
    void everyFunctionRunsItsHandlerOnJava21WithTheSharedDefaults() {
        template.resourceCountIs(FUNCTION, 4);
        template.allResourcesProperties(FUNCTION, Map.of(
                "Runtime", "java21",
                "Architectures", List.of("x86_64"),
                "MemorySize", 512));
        assertFunction(SUBMIT, 10, "content", Map.of(
                FunctionEnvironment.CONTENT_TABLE, ref(stack.contentTableId()),
                FunctionEnvironment.OUTBOX_TABLE, ref(stack.outboxTableId())));
        assertFunction(RELAY, 30, "content", Map.of(
                FunctionEnvironment.EVENT_BUS_NAME, ref(stack.busId()),
                FunctionEnvironment.RELAY_DEAD_LETTER_QUEUE_URL, ref(stack.relayDeadLetterQueueId())));
        Map<String, Object> eventStore = Map.of(FunctionEnvironment.EVENT_STORE_TABLE, ref(stack.eventStoreTableId()));
        assertFunction(APPEND, 10, "audit", eventStore);
        assertFunction(HISTORY, 10, "audit", eventStore);
    }

    @Test
    void everyFunctionWritesOnlyToItsOwnLogGroupKeptOneMonth() {
        template.resourceCountIs(LOG_GROUP, 4);
        template.allResourcesProperties(LOG_GROUP, Map.of("RetentionInDays", 30));
        for (String handler : List.of(SUBMIT, RELAY, APPEND, HISTORY)) {
            assertThat(stack.grants(handler).get("logs:PutLogEvents")).containsExactly(arn(stack.logGroupId(handler)));
        }
    }

    @Test
    void policiesNameTheirResourcesExceptTheStreamListingCdkAddsForStreamConsumers() {
        // DynamoEventSource grants dynamodb:ListStreams, an action that takes no resource narrower than "*".
        assertThat(stack.actionsOnAnyResource()).containsExactly("dynamodb:ListStreams");
        // AWS managed policies such as AWSLambdaBasicExecutionRole allow their actions on "*": none is attached.
        assertThat(stack.rolesProperties()).allSatisfy(role -> assertThat(role).doesNotContainKey("ManagedPolicyArns"));
    }

    @Test
    void eachFunctionIsGrantedOnlyWhatItsJobNeeds() {
        Map<String, Set<Object>> submit = stack.grants(SUBMIT);
        assertThat(submit.get("dynamodb:PutItem"))
                .containsExactlyInAnyOrder(arn(stack.contentTableId()), arn(stack.outboxTableId()));
        assertThat(submit).doesNotContainKeys("dynamodb:GetItem", "events:PutEvents");

        Map<String, Set<Object>> relay = stack.grants(RELAY);
        assertThat(relay.get("events:PutEvents")).containsExactly(arn(stack.busId()));
        assertThat(relay.get("sqs:SendMessage")).containsExactly(arn(stack.relayDeadLetterQueueId()));
        assertThat(relay.get("dynamodb:GetRecords")).containsExactly(getAtt(stack.outboxTableId(), "StreamArn"));
        assertThat(relay).doesNotContainKeys("dynamodb:PutItem", "dynamodb:GetItem");

        Map<String, Set<Object>> append = stack.grants(APPEND);
        assertThat(append.get("dynamodb:PutItem")).containsExactly(arn(stack.eventStoreTableId()));
        assertThat(append.get("sqs:ReceiveMessage")).containsExactly(arn(stack.subscriptionQueueId()));

        Map<String, Set<Object>> history = stack.grants(HISTORY);
        assertThat(history.get("dynamodb:Query")).containsExactly(arn(stack.eventStoreTableId()));
        assertThat(history).doesNotContainKeys("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem");
    }

    @Test
    void outputsGiveBothApiUrlsAndTheBusName() {
        template.hasOutput("ContentApiUrl", Map.of("Value", getAtt(stack.functionUrlId(SUBMIT), "FunctionUrl")));
        template.hasOutput("HistoryApiUrl", Map.of("Value", getAtt(stack.functionUrlId(HISTORY), "FunctionUrl")));
        template.hasOutput("EventBusName", Map.of("Value", ref(stack.busId())));
    }

    @Test
    void theTemplateReportsNoCdkVersion() {
        template.resourceCountIs("AWS::CDK::Metadata", 0);
    }

    @Test
    void devDeletesItsDataWithTheStackAndProductionRetainsIt() {
        template.allResources(TABLE, Map.of("DeletionPolicy", "Delete"));
        template.allResources(LOG_GROUP, Map.of("DeletionPolicy", "Delete"));

        Template production = synthesize("prod");
        production.allResources(TABLE, Map.of("DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain"));
        production.allResources(LOG_GROUP, Map.of("DeletionPolicy", "Retain"));
    }

    private static void assertFunction(String handler, int timeoutSeconds, String context, Map<String, Object> environment) {
        assertThat(stack.properties(stack.functionId(handler)))
                .containsEntry("Timeout", timeoutSeconds)
                .containsEntry("Environment", Map.of("Variables", environment))
                .containsEntry("Tags", List.of(Map.of("Key", JavaFunction.CONTEXT_TAG, "Value", context)));
    }

    private static Template synthesize(String stage) {
        return Template.fromStack(PolyglotApp.define(new App(), new Stage(stage), ProjectRoot.ofWorkingDirectory()));
    }
}

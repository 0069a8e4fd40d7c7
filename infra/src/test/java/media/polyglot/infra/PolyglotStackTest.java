package media.polyglot.infra;

import static media.polyglot.infra.StackTemplate.APPEND;
import static media.polyglot.infra.StackTemplate.CATALOG;
import static media.polyglot.infra.StackTemplate.PROJECT;
import static media.polyglot.infra.StackTemplate.FUNCTION;
import static media.polyglot.infra.StackTemplate.HISTORY;
import static media.polyglot.infra.StackTemplate.REBUILD;
import static media.polyglot.infra.StackTemplate.LOCALIZE;
import static media.polyglot.infra.StackTemplate.MAPPING;
import static media.polyglot.infra.StackTemplate.MODERATE;
import static media.polyglot.infra.StackTemplate.NOTIFY;
import static media.polyglot.infra.StackTemplate.PUBLISH;
import static media.polyglot.infra.StackTemplate.QUEUE;
import static media.polyglot.infra.StackTemplate.RELAY;
import static media.polyglot.infra.StackTemplate.SANDBOX;
import static media.polyglot.infra.StackTemplate.SEQUENCE;
import static media.polyglot.infra.StackTemplate.SUBMIT;
import static media.polyglot.infra.StackTemplate.SWEEP;
import static media.polyglot.infra.StackTemplate.TABLE;
import static media.polyglot.infra.StackTemplate.arn;
import static media.polyglot.infra.StackTemplate.getAtt;
import static media.polyglot.infra.StackTemplate.hashKey;
import static media.polyglot.infra.StackTemplate.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import media.polyglot.common.FunctionSettings;
import media.polyglot.events.Bus;
import media.polyglot.events.wiring.FunctionEnvironment;
import media.polyglot.infra.backbone.ConsumerPipeline;
import media.polyglot.infra.common.JavaFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The topology the dev stack synthesizes, read from its template the way CloudFormation and the local runtime read it. */
class PolyglotStackTest {

    private static final String LOG_GROUP = "AWS::Logs::LogGroup";

    /** Every function fed by a rule → queue subscription. */
    private static final List<String> SUBSCRIBERS = List.of(MODERATE, LOCALIZE, SANDBOX, SEQUENCE, NOTIFY, PROJECT, APPEND);
    /** Every function that runs functions/common's consumer pipeline (idempotency, storm guard). */
    private static final List<String> CONSUMERS = List.of(MODERATE, LOCALIZE, SANDBOX, PUBLISH, NOTIFY);
    private static final List<String> ALL_FUNCTIONS =
            List.of(SUBMIT, RELAY, APPEND, HISTORY, REBUILD, MODERATE, LOCALIZE, SWEEP, SANDBOX, SEQUENCE, PUBLISH, NOTIFY,
                    PROJECT, CATALOG);

    private static StackTemplate stack;
    private static Template template;

    @BeforeAll
    static void synthesizeDevStack() {
        stack = new StackTemplate(synthesize("dev", null));
        template = stack.template();
    }

    @Test
    void theBusIsTheOneNamedInTheContracts() {
        template.resourceCountIs("AWS::Events::EventBus", 1);
        template.hasResourceProperties("AWS::Events::EventBus", Map.of("Name", Bus.NAME));
    }

    @Test
    void eachSubscriptionIsARuleToAQueueWithRetriesAndADeadLetterQueueFeedingOneFunction() {
        // One rule per subscription, one per partner account (BackboneTest) and the translation sweep's schedule.
        template.resourceCountIs("AWS::Events::Rule", SUBSCRIBERS.size() + 2);
        for (String handler : SUBSCRIBERS) {
            String queue = stack.sourceQueueOf(handler);
            String deadLetters = stack.deadLetterQueueOf(queue);
            assertThat(stack.properties(stack.ruleTargeting(queue))).containsEntry("Targets", List.of(Map.of(
                    "Arn", arn(queue),
                    "Id", "Target0",
                    "DeadLetterConfig", Map.of("Arn", arn(deadLetters)),
                    "RetryPolicy", Map.of("MaximumEventAgeInSeconds", 3600, "MaximumRetryAttempts", 8))));
            assertThat(stack.properties(queue))
                    .containsEntry("VisibilityTimeout", 60)
                    .containsEntry("RedrivePolicy", Map.of("deadLetterTargetArn", arn(deadLetters), "maxReceiveCount", 5));
            assertThat(stack.properties(deadLetters)).containsEntry("MessageRetentionPeriod", 14 * 24 * 3600);
        }
    }

    @Test
    void eachSubscriberParksWhatItCanNeverHandleInItsOwnDeadLetterQueue() {
        // The sequencer also sends to the FIFO queue it fills; every other subscriber sends nowhere else.
        for (String handler : SUBSCRIBERS) {
            String deadLetters = stack.deadLetterQueueOf(stack.sourceQueueOf(handler));
            assertThat(stack.variablesOf(handler)).containsEntry(FunctionSettings.DEAD_LETTER_QUEUE_URL, ref(deadLetters));
            assertThat(stack.grants(handler).get("sqs:SendMessage")).as(handler).contains(arn(deadLetters));
        }
    }

    @Test
    void queuesFeedTheirFunctionsInBatchesReportingPartialFailuresWithCappedConcurrency() {
        for (String handler : List.of(MODERATE, LOCALIZE, SANDBOX, SEQUENCE, PUBLISH, NOTIFY, PROJECT, APPEND)) {
            template.hasResourceProperties(MAPPING, Map.of(
                    "EventSourceArn", arn(stack.sourceQueueOf(handler)),
                    "FunctionName", ref(stack.functionId(handler)),
                    "BatchSize", 10,
                    "MaximumBatchingWindowInSeconds", Match.absent(),
                    "ScalingConfig", Map.of("MaximumConcurrency", 5),
                    "FunctionResponseTypes", List.of("ReportBatchItemFailures")));
        }
    }

    @Test
    void eachRuleSelectsWhatItsContextConsumes() {
        assertPattern(MODERATE, Map.of("source", List.of("polyglot.content"),
                "detail-type", List.of("ContentSubmitted", "ContentRevised")));
        assertPattern(LOCALIZE, Map.of("source", List.of("polyglot.moderation", Map.of("prefix", "partner.translation.")),
                "detail-type", List.of("ContentApproved", "TranslationDelivered", "TranslationDeclined")));
        assertPattern(SANDBOX, Map.of("source", List.of("polyglot.localization"),
                "detail-type", List.of("TranslationRequested")));
        assertPattern(SEQUENCE, Map.of("source", List.of("polyglot.content", "polyglot.moderation", "polyglot.localization"),
                "detail-type", List.of("ContentApproved", "TranslationCompleted", "TranslationFailed", "ContentWithdrawn")));
        assertPattern(NOTIFY, Map.of("source", List.of("polyglot.publishing"),
                "detail-type", List.of("ContentPublished.v2", "ContentUnpublished")));
        assertPattern(PROJECT, Map.of("source", List.of(Map.of("prefix", Bus.SOURCE_PREFIX)),
                "detail-type", List.of("ContentSubmitted", "ContentRevised", "ContentWithdrawn", "ContentApproved",
                        "ContentRejected", "TranslationCompleted", "TranslationFailed", "ContentPublished.v2",
                        "ContentUnpublished")));
        assertPattern(APPEND, Map.of("source", List.of(Map.of("prefix", Bus.SOURCE_PREFIX))));
    }

    @Test
    void publishingReadsItsEventsInOrderPerContentFromAFifoQueueTheSequencerFills() {
        String ordered = stack.sourceQueueOf(PUBLISH);
        String orderedDeadLetters = stack.deadLetterQueueOf(ordered);
        assertThat(stack.properties(ordered)).containsEntry("FifoQueue", true);
        assertThat(stack.properties(orderedDeadLetters)).containsEntry("FifoQueue", true);
        assertThat(stack.variablesOf(SEQUENCE)).containsEntry(FunctionSettings.PUBLISHING_FIFO_QUEUE_URL, ref(ordered));
        assertThat(stack.grants(SEQUENCE).get("sqs:SendMessage"))
                .containsExactlyInAnyOrder(arn(ordered), arn(stack.deadLetterQueueOf(stack.sourceQueueOf(SEQUENCE))));
        assertThat(stack.variablesOf(PUBLISH))
                .containsEntry(FunctionSettings.DEAD_LETTER_QUEUE_URL, ref(orderedDeadLetters))
                .containsEntry(FunctionSettings.SITE_URL, "https://polyglot.media");
        assertThat(stack.grants(PUBLISH).get("sqs:SendMessage")).containsExactly(arn(orderedDeadLetters));
    }

    @Test
    void everyConsumerHasItsOwnIdempotencyTableAndSharesTheCausationLedger() {
        String ledger = stack.causationLedgerId();
        assertThat(stack.properties(ledger)).containsEntry("KeySchema", List.of(hashKey("eventId")))
                .containsEntry("TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true));
        Set<String> idempotencyTables = new java.util.HashSet<>();
        for (String handler : CONSUMERS) {
            Map<String, Object> variables = stack.variablesOf(handler);
            String idempotency = stack.tableOf(handler, FunctionSettings.IDEMPOTENCY_TABLE);
            idempotencyTables.add(idempotency);
            assertThat(variables)
                    .containsEntry(FunctionSettings.CAUSATION_TABLE, ref(ledger))
                    .containsEntry(FunctionSettings.MAX_CAUSATION_DEPTH, Integer.toString(ConsumerPipeline.MAX_CAUSATION_DEPTH))
                    .containsEntry(FunctionEnvironment.EVENT_BUS_NAME, ref(stack.busId()))
                    .containsKey(FunctionSettings.CONSUMER_NAME);
            assertThat(stack.properties(idempotency)).containsEntry("KeySchema", List.of(hashKey("id")));
            Map<String, Set<Object>> grants = stack.grants(handler);
            assertThat(grants.get("dynamodb:DeleteItem")).as(handler).containsExactly(arn(idempotency));
            assertThat(grants.get("dynamodb:GetItem")).as(handler).contains(arn(idempotency), arn(ledger));
        }
        assertThat(idempotencyTables).hasSize(CONSUMERS.size());
    }

    @Test
    void onlyConsumersThatEmitEventsMayPutThemOnTheBus() {
        for (String handler : List.of(RELAY, MODERATE, LOCALIZE, SWEEP, SANDBOX, PUBLISH)) {
            assertThat(stack.grants(handler).get("events:PutEvents")).as(handler).containsExactly(arn(stack.busId()));
        }
        for (String handler : List.of(SUBMIT, NOTIFY, APPEND, HISTORY, SEQUENCE, PROJECT, CATALOG)) {
            assertThat(stack.grants(handler)).as(handler).doesNotContainKey("events:PutEvents");
        }
    }

    @Test
    void everyFiveMinutesASweepTimesOutTranslationsNoVendorAnswered() {
        String sweep = stack.functionId(SWEEP);
        String translations = stack.tableOf(LOCALIZE, FunctionSettings.TRANSLATIONS_TABLE);
        assertThat(stack.variablesOf(SWEEP))
                .containsEntry(FunctionSettings.TRANSLATIONS_TABLE, ref(translations))
                .containsEntry(FunctionSettings.TRANSLATION_ATTEMPTS, "3")
                .containsEntry(FunctionEnvironment.EVENT_BUS_NAME, ref(stack.busId()));
        Map<String, Set<Object>> grants = stack.grants(SWEEP);
        for (String action : List.of("dynamodb:Scan", "dynamodb:PutItem", "dynamodb:UpdateItem")) {
            assertThat(grants.get(action)).as(action).containsExactly(arn(translations));
        }
        assertThat(stack.properties(sweep)).containsEntry("ReservedConcurrentExecutions", 1);
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "ScheduleExpression", "rate(5 minutes)",
                "Targets", List.of(Match.objectLike(Map.of(
                        "Arn", arn(sweep),
                        "DeadLetterConfig", Map.of("Arn", Match.anyValue()),
                        "RetryPolicy", Map.of("MaximumEventAgeInSeconds", 300, "MaximumRetryAttempts", 2))))));
    }

    @Test
    void readersGetNoticesOnAnSnsTopicAndGermanTravelReadersFilterTheirsIntoAQueue() {
        // The readers' topic, and the alarm topic (ObservabilityTest).
        template.resourceCountIs("AWS::SNS::Topic", 2);
        String topic = stack.readerTopicId();
        assertThat(stack.variablesOf(NOTIFY)).containsEntry(FunctionSettings.READER_TOPIC_ARN, ref(topic));
        assertThat(stack.grants(NOTIFY).get("sns:Publish")).containsExactly(ref(topic));
        template.hasResourceProperties("AWS::SNS::Subscription", Map.of(
                "TopicArn", ref(topic),
                "Protocol", "sqs",
                "RawMessageDelivery", true,
                "FilterPolicy", Map.of("language", List.of("de"), "category", List.of("travel")),
                "RedrivePolicy", Map.of("deadLetterTargetArn", Match.anyValue())));
    }

    @Test
    void moderationReadsBodiesFromTheContentTableAndNothingElseOfContent() {
        assertThat(stack.variablesOf(MODERATE))
                .containsEntry(FunctionEnvironment.CONTENT_TABLE, ref(stack.contentTableId()))
                .containsEntry(FunctionSettings.BANNED_TERMS, "casino,counterfeit,scam")
                .containsEntry(FunctionSettings.MIN_BODY_CHARS, "20");
        Map<String, Set<Object>> grants = stack.grants(MODERATE);
        assertThat(grants.get("dynamodb:GetItem")).contains(arn(stack.contentTableId()));
        assertThat(grants.get("dynamodb:PutItem")).doesNotContain(arn(stack.contentTableId()));
    }

    @Test
    void theSandboxVendorIsDeployedInDevUnlessTheContextFlagSaysOtherwise() {
        assertThat(stack.functionId(SANDBOX)).isNotNull();
        assertThat(handlers(synthesize("prod", null))).doesNotContain(SANDBOX).contains(MODERATE);
        assertThat(handlers(synthesize("dev", "false"))).doesNotContain(SANDBOX);
        assertThat(handlers(synthesize("staging", "true"))).contains(SANDBOX);
    }

    @Test
    void everyQueueIsEncryptedAndRefusesRequestsWithoutTls() {
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
    void everyTopicIsEncryptedWithARotatedKeyOfItsOwnThatItsPublishersMayUse() {
        Map<String, Map<String, Object>> topics = template.findResources("AWS::SNS::Topic");
        Set<Object> keys = new java.util.HashSet<>();
        topics.forEach((id, topic) -> {
            @SuppressWarnings("unchecked")
            Object key = ((Map<String, Object>) topic.get("Properties")).get("KmsMasterKeyId");
            assertThat(key).as(id).isNotNull();
            keys.add(key);
        });
        assertThat(keys).hasSize(topics.size());
        template.resourceCountIs("AWS::KMS::Key", topics.size());
        template.allResourcesProperties("AWS::KMS::Key", Map.of("EnableKeyRotation", true));

        // The notify function publishes through its grant, which covers the reader topic's key.
        Object readerKey = stack.properties(stack.readerTopicId()).get("KmsMasterKeyId");
        assertThat(stack.grants(NOTIFY).get("kms:GenerateDataKey")).containsExactly(readerKey);
        assertThat(stack.grants(NOTIFY).get("kms:Decrypt")).containsExactly(readerKey);
        // CloudWatch publishes alarms itself: the alarm topic's key policy lets it.
        String alarmTopic = topics.keySet().stream().filter(id -> !id.equals(stack.readerTopicId())).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        String alarmKey = (String) ((List<Object>) ((Map<String, Object>) stack.properties(alarmTopic).get("KmsMasterKeyId"))
                .get("Fn::GetAtt")).get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> statements = (List<Map<String, Object>>) ((Map<String, Object>) stack.properties(alarmKey)
                .get("KeyPolicy")).get("Statement");
        assertThat(statements).contains(Map.of(
                "Effect", "Allow",
                "Principal", Map.of("Service", "cloudwatch.amazonaws.com"),
                "Action", List.of("kms:Decrypt", "kms:GenerateDataKey"),
                "Resource", "*"));
    }

    @Test
    void tablesShareEncryptionRecoveryAndOnDemandCapacity() {
        template.allResourcesProperties(TABLE, Map.of(
                "BillingMode", "PAY_PER_REQUEST",
                "SSESpecification", Map.of("SSEEnabled", true),
                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true)));
        assertThat(stack.properties(stack.contentTableId()))
                .doesNotContainKeys("StreamSpecification", "TimeToLiveSpecification");
        assertThat(stack.properties(stack.outboxTableId()))
                .containsEntry("StreamSpecification", Map.of("StreamViewType", "NEW_IMAGE"))
                .containsEntry("TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true));
        assertThat(stack.properties(stack.eventStoreTableId())).containsEntry("AttributeDefinitions", List.of(
                Map.of("AttributeName", "contentId", "AttributeType", "S"),
                Map.of("AttributeName", "position", "AttributeType", "S")));
        assertThat(stack.properties(stack.eventStreamTableId())).containsEntry("AttributeDefinitions", List.of(
                Map.of("AttributeName", "stream", "AttributeType", "S"),
                Map.of("AttributeName", "position", "AttributeType", "N")));
    }

    @Test
    void theOutboxStreamFeedsTheRelayWhichParksWhatItCannotPublishInItsDeadLetterQueue() {
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
    void theApisAreFunctionUrlsThatRequireIamSignatures() {
        template.resourceCountIs("AWS::Lambda::Url", 3);
        for (String handler : List.of(SUBMIT, HISTORY, CATALOG)) {
            template.hasResourceProperties("AWS::Lambda::Url", Map.of(
                    "AuthType", "AWS_IAM",
                    "TargetFunctionArn", arn(stack.functionId(handler))));
        }
    }

    @Test
    void everyFunctionRunsItsHandlerOnJava21WithTheSharedDefaults() {
        template.resourceCountIs(FUNCTION, ALL_FUNCTIONS.size());
        template.allResourcesProperties(FUNCTION, Map.of(
                "Runtime", "java21",
                "Architectures", List.of("x86_64"),
                "MemorySize", 512));
        assertFunction(SUBMIT, 10, "content");
        assertFunction(RELAY, 30, "content");
        assertFunction(APPEND, 10, "audit");
        assertFunction(HISTORY, 10, "audit");
        assertFunction(REBUILD, 900, "audit");
        assertFunction(MODERATE, 10, "moderation");
        assertFunction(LOCALIZE, 10, "localization");
        assertFunction(SWEEP, 60, "localization");
        assertFunction(SANDBOX, 10, "sandbox-vendor");
        assertFunction(SEQUENCE, 10, "publishing");
        assertFunction(PUBLISH, 10, "publishing");
        assertFunction(NOTIFY, 10, "notifications");
        assertFunction(PROJECT, 10, "catalog");
        assertFunction(CATALOG, 10, "catalog");
        assertThat(stack.variablesOf(SUBMIT)).isEqualTo(withPowertools("content", Map.of(
                FunctionEnvironment.CONTENT_TABLE, ref(stack.contentTableId()),
                FunctionEnvironment.OUTBOX_TABLE, ref(stack.outboxTableId()))));
        assertThat(stack.variablesOf(RELAY)).isEqualTo(withPowertools("content", Map.of(
                FunctionEnvironment.EVENT_BUS_NAME, ref(stack.busId()),
                FunctionEnvironment.RELAY_DEAD_LETTER_QUEUE_URL, ref(stack.relayDeadLetterQueueId()))));
        assertThat(stack.variablesOf(HISTORY)).isEqualTo(withPowertools("audit", Map.of(
                FunctionEnvironment.EVENT_STORE_TABLE, ref(stack.eventStoreTableId()),
                FunctionSettings.EVENT_STREAM_TABLE, ref(stack.eventStreamTableId()))));
        assertThat(stack.variablesOf(REBUILD)).isEqualTo(withPowertools("audit", Map.of(
                FunctionSettings.EVENT_STREAM_TABLE, ref(stack.eventStreamTableId()),
                FunctionSettings.REBUILD_CATALOG_FUNCTION, ref(stack.functionId(PROJECT)))));
    }

    @Test
    void everyFunctionWritesOnlyToItsOwnLogGroupKeptOneMonth() {
        template.resourceCountIs(LOG_GROUP, ALL_FUNCTIONS.size());
        template.allResourcesProperties(LOG_GROUP, Map.of("RetentionInDays", 30));
        for (String handler : ALL_FUNCTIONS) {
            assertThat(stack.grants(handler).get("logs:PutLogEvents")).containsExactly(arn(stack.logGroupId(handler)));
        }
    }

    @Test
    void policiesNameTheirResourcesExceptTheStreamListingAndTracingThatTakeNoNarrowerOne() {
        // DynamoEventSource grants dynamodb:ListStreams, and X-Ray tracing its two actions, which take no resource
        // narrower than "*" (the two suppressions of cdk-nag's IAM5, NagFindingsTest).
        assertThat(Set.copyOf(stack.actionsOnAnyResource()))
                .containsExactlyInAnyOrder("dynamodb:ListStreams", "xray:PutTraceSegments", "xray:PutTelemetryRecords");
        // AWS managed policies such as AWSLambdaBasicExecutionRole allow their actions on "*": none is attached.
        assertThat(stack.rolesProperties()).allSatisfy(role -> assertThat(role).doesNotContainKey("ManagedPolicyArns"));
    }

    @Test
    void eachFunctionIsGrantedOnlyWhatItsJobNeeds() {
        Map<String, Set<Object>> submit = stack.grants(SUBMIT);
        assertThat(submit.get("dynamodb:PutItem"))
                .containsExactlyInAnyOrder(arn(stack.contentTableId()), arn(stack.outboxTableId()));
        assertThat(submit.get("dynamodb:GetItem")).containsExactly(arn(stack.contentTableId()));
        assertThat(submit.get("dynamodb:UpdateItem")).containsExactly(arn(stack.contentTableId()));
        assertThat(submit).doesNotContainKeys("dynamodb:DeleteItem", "events:PutEvents");

        Map<String, Set<Object>> relay = stack.grants(RELAY);
        assertThat(relay.get("sqs:SendMessage")).containsExactly(arn(stack.relayDeadLetterQueueId()));
        assertThat(relay.get("dynamodb:GetRecords")).containsExactly(getAtt(stack.outboxTableId(), "StreamArn"));
        assertThat(relay).doesNotContainKeys("dynamodb:PutItem", "dynamodb:GetItem");

        Map<String, Set<Object>> append = stack.grants(APPEND);
        assertThat(append.get("dynamodb:PutItem"))
                .containsExactlyInAnyOrder(arn(stack.eventStoreTableId()), arn(stack.eventStreamTableId()));
        assertThat(append.get("dynamodb:UpdateItem")).containsExactly(arn(stack.eventStreamTableId()));
        assertThat(append.get("sqs:ReceiveMessage")).containsExactly(arn(stack.sourceQueueOf(APPEND)));
        assertThat(append).doesNotContainKeys("dynamodb:DeleteItem", "dynamodb:Query");

        Map<String, Set<Object>> history = stack.grants(HISTORY);
        assertThat(history.get("dynamodb:Query"))
                .containsExactlyInAnyOrder(arn(stack.eventStoreTableId()), arn(stack.eventStreamTableId()));
        assertThat(history).doesNotContainKeys("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem");

        Map<String, Set<Object>> rebuild = stack.grants(REBUILD);
        assertThat(rebuild.get("dynamodb:Query")).containsExactly(arn(stack.eventStreamTableId()));
        assertThat(rebuild.get("lambda:InvokeFunction")).contains(arn(stack.functionId(PROJECT)));
        assertThat(rebuild).doesNotContainKeys("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem",
                "dynamodb:GetItem");

        String translations = stack.tableOf(LOCALIZE, FunctionSettings.TRANSLATIONS_TABLE);
        assertThat(stack.grants(LOCALIZE).get("dynamodb:PutItem")).contains(arn(translations));
        String publications = stack.tableOf(PUBLISH, FunctionSettings.PUBLICATIONS_TABLE);
        assertThat(stack.grants(PUBLISH).get("dynamodb:PutItem")).contains(arn(publications));
        assertThat(stack.grants(SEQUENCE)).doesNotContainKeys("dynamodb:PutItem", "dynamodb:GetItem");

        String catalog = stack.tableOf(PROJECT, FunctionSettings.CATALOG_TABLE);
        String byLanguage = stack.tableOf(PROJECT, FunctionSettings.CATALOG_LANGUAGE_TABLE);
        assertThat(stack.properties(byLanguage)).containsEntry("KeySchema",
                List.of(hashKey("language"), StackTemplate.rangeKey("contentId")));
        assertThat(stack.grants(PROJECT).get("dynamodb:PutItem")).containsExactlyInAnyOrder(arn(catalog), arn(byLanguage));
        assertThat(stack.grants(PROJECT).get("dynamodb:DeleteItem")).containsExactly(arn(byLanguage));
        Map<String, Set<Object>> catalogApi = stack.grants(CATALOG);
        assertThat(catalogApi.get("dynamodb:GetItem")).containsExactly(arn(catalog));
        assertThat(catalogApi.get("dynamodb:Query")).containsExactly(arn(byLanguage));
        assertThat(catalogApi).doesNotContainKeys("dynamodb:PutItem", "dynamodb:DeleteItem", "dynamodb:UpdateItem");
    }

    @Test
    void outputsGiveTheApiUrlsTheBusAndTheReaderTopic() {
        template.hasOutput("ContentApiUrl", Map.of("Value", getAtt(stack.functionUrlId(SUBMIT), "FunctionUrl")));
        template.hasOutput("HistoryApiUrl", Map.of("Value", getAtt(stack.functionUrlId(HISTORY), "FunctionUrl")));
        template.hasOutput("RebuildFunctionName", Map.of("Value", ref(stack.functionId(REBUILD))));
        template.hasOutput("CatalogApiUrl", Map.of("Value", getAtt(stack.functionUrlId(CATALOG), "FunctionUrl")));
        template.hasOutput("EventBusName", Map.of("Value", ref(stack.busId())));
        template.hasOutput("ReaderTopicArn", Map.of("Value", ref(stack.readerTopicId())));
        template.hasOutput("GermanTravelReadersQueueUrl", Map.of("Value", Match.objectLike(Map.of("Ref", Match.anyValue()))));
    }

    @Test
    void theTemplateReportsNoCdkVersion() {
        template.resourceCountIs("AWS::CDK::Metadata", 0);
    }

    @Test
    void devDeletesItsDataWithTheStackAndProductionRetainsIt() {
        template.allResources(TABLE, Map.of("DeletionPolicy", "Delete"));
        template.allResources(LOG_GROUP, Map.of("DeletionPolicy", "Delete"));

        Template production = synthesize("prod", null);
        production.allResources(TABLE, Map.of("DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain"));
        production.allResources(LOG_GROUP, Map.of("DeletionPolicy", "Retain"));
    }

    private static Map<String, Object> withPowertools(String context, Map<String, Object> variables) {
        Map<String, Object> all = new java.util.HashMap<>(variables);
        all.put(JavaFunction.POWERTOOLS_SERVICE_NAME, context);
        all.put(JavaFunction.POWERTOOLS_METRICS_NAMESPACE, "Polyglot");
        return all;
    }

    private static void assertPattern(String handler, Map<String, Object> pattern) {
        assertThat(stack.properties(stack.ruleTargeting(stack.sourceQueueOf(handler))))
                .as(handler).containsEntry("EventPattern", pattern)
                .containsEntry("EventBusName", ref(stack.busId()));
    }

    private static void assertFunction(String handler, int timeoutSeconds, String context) {
        assertThat(stack.properties(stack.functionId(handler)))
                .containsEntry("Timeout", timeoutSeconds)
                .containsEntry("Tags", List.of(Map.of("Key", JavaFunction.CONTEXT_TAG, "Value", context)));
    }

    private static List<String> handlers(Template template) {
        return template.findResources(FUNCTION).values().stream()
                .map(function -> (String) ((Map<?, ?>) function.get("Properties")).get("Handler")).toList();
    }

    private static Template synthesize(String stage, String sandboxVendor) {
        App app = new App();
        if (sandboxVendor != null) {
            app.getNode().setContext(PolyglotApp.SANDBOX_VENDOR, sandboxVendor);
        }
        return Template.fromStack(PolyglotApp.define(app, new Stage(stage), ProjectRoot.ofWorkingDirectory()));
    }
}

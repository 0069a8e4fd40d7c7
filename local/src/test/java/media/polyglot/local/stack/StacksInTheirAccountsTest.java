package media.polyglot.local.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import media.polyglot.local.EdgeClients;
import media.polyglot.local.LocalRuntime;
import media.polyglot.local.LocalSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Three stacks of one cloud assembly, each in the account of its environment: ours (environment-agnostic, the
 * runtime's account), acme's and globex's, whose buses have the same name. Our rule delivers to both partner buses;
 * acme's policy lets our account put, globex's does not.
 */
class StacksInTheirAccountsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OURS = "000000000000";
    private static final String ACME = "111122223333";
    private static final String GLOBEX = "444455556666";
    private static final String ACME_BUS = "arn:aws:events:us-east-1:" + ACME + ":event-bus/deliveries";
    private static final String GLOBEX_BUS = "arn:aws:events:us-east-1:" + GLOBEX + ":event-bus/deliveries";

    @TempDir
    static Path assembly;

    private static LocalRuntime runtime;
    private static EventBridgeClient events;
    private static SqsClient sqs;
    private static JsonNode acmeEnvironment;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(assembly.resolve("asset.fn.jar"), "not run: functions start when invoked");
        Files.writeString(assembly.resolve("manifest.json"), """
                {"version": "48.0.0", "artifacts": {
                  "Acme.assets": {"type": "cdk:asset-manifest", "properties": {"file": "Acme.assets.json"}},
                  "Ours": {"type": "aws:cloudformation:stack", "environment": "aws://unknown-account/unknown-region",
                           "properties": {"templateFile": "Ours.template.json", "stackName": "Ours"}},
                  "Acme": {"type": "aws:cloudformation:stack", "environment": "aws://111122223333/us-east-1",
                           "properties": {"templateFile": "Acme.template.json", "stackName": "Acme"},
                           "dependencies": ["Acme.assets"]},
                  "Globex": {"type": "aws:cloudformation:stack", "environment": "aws://444455556666/us-east-1",
                           "properties": {"templateFile": "Globex.template.json", "stackName": "Globex"}}}}""");
        Files.writeString(assembly.resolve("Acme.assets.json"), """
                {"files": {"fn": {"source": {"path": "asset.fn.jar", "packaging": "file"},
                                  "destinations": {"d": {"bucketName": "b", "objectKey": "fn.jar"}}}}}""");
        Files.writeString(assembly.resolve("Ours.template.json"), """
                {"Resources": {
                  "Bus": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "polyglot"}},
                  "PartnerDlq": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "partner-dlq"}},
                  "ToPartners": {"Type": "AWS::Events::Rule", "Properties": {"EventBusName": {"Ref": "Bus"},
                    "EventPattern": {"source": [{"prefix": "polyglot."}]},
                    "Targets": [
                      {"Id": "acme", "Arn": "%s", "RetryPolicy": {"MaximumRetryAttempts": 8},
                       "DeadLetterConfig": {"Arn": {"Fn::GetAtt": ["PartnerDlq", "Arn"]}}},
                      {"Id": "globex", "Arn": "%s", "RetryPolicy": {"MaximumRetryAttempts": 8},
                       "DeadLetterConfig": {"Arn": {"Fn::GetAtt": ["PartnerDlq", "Arn"]}}}]}}}}""".formatted(ACME_BUS, GLOBEX_BUS));
        Files.writeString(assembly.resolve("Acme.template.json"), partnerTemplate("acme-inbox", """
                , "Policy": {"Version": "2012-10-17", "Statement": [{"Sid": "polyglot", "Effect": "Allow",
                    "Principal": {"AWS": "arn:aws:iam::000000000000:root"}, "Action": "events:PutEvents",
                    "Resource": "*"}]}""", """
                , "Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Runtime": "java21",
                    "Handler": "com.example.Handler::handleRequest", "Code": {"S3Bucket": "b", "S3Key": "fn.jar"},
                    "Environment": {"Variables": {"ACCOUNT": {"Ref": "AWS::AccountId"},
                      "BUS_ARN": {"Fn::GetAtt": ["Bus", "Arn"]}, "QUEUE_ARN": {"Fn::GetAtt": ["Inbox", "Arn"]},
                      "QUEUE_URL": {"Ref": "Inbox"}, "OWN_ARN": {"Fn::Sub": "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:x"}}}}}"""));
        Files.writeString(assembly.resolve("Globex.template.json"), partnerTemplate("globex-inbox", "", ""));

        runtime = LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0));
        events = EdgeClients.at(EventBridgeClient.builder(), runtime.edgeUrl());
        sqs = EdgeClients.at(SqsClient.builder(), runtime.edgeUrl());
        try (LambdaClient lambda = EdgeClients.at(LambdaClient.builder(), runtime.edgeUrl())) {
            String name = lambda.listFunctions().functions().get(0).functionName();
            acmeEnvironment = JSON.valueToTree(lambda.getFunctionConfiguration(f -> f.functionName(name))
                    .environment().variables());
        }
    }

    /** A partner's bus "deliveries" (with the policy given) whose rule sends everything to its queue. */
    private static String partnerTemplate(String queue, String busPolicy, String more) {
        return """
                {"Resources": {
                  "Bus": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "deliveries"%s}},
                  "Inbox": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "%s"}},
                  "All": {"Type": "AWS::Events::Rule", "Properties": {"EventBusName": {"Ref": "Bus"},
                    "EventPattern": {"source": [{"prefix": ""}]},
                    "Targets": [{"Id": "inbox", "Arn": {"Fn::GetAtt": ["Inbox", "Arn"]}}]}}%s}}""".formatted(busPolicy,
                queue, more);
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            events.close();
            sqs.close();
            runtime.close();
        }
    }

    @Test
    void eachStackRunsInItsEnvironmentsAccountAndAnAgnosticOneInTheRuntimes() {
        assertThat(runtime.stacks()).extracting(StartedStack::stackName, StartedStack::accountId)
                .containsExactlyInAnyOrder(tuple("Ours", OURS),
                        tuple("Acme", ACME),
                        tuple("Globex", GLOBEX));
    }

    @Test
    void aStacksPseudoParametersReferencesAndAttributesCarryItsAccount() {
        assertThat(acmeEnvironment.path("ACCOUNT").asText()).isEqualTo(ACME);
        assertThat(acmeEnvironment.path("BUS_ARN").asText()).isEqualTo(ACME_BUS);
        assertThat(acmeEnvironment.path("QUEUE_ARN").asText()).isEqualTo("arn:aws:sqs:us-east-1:" + ACME + ":acme-inbox");
        assertThat(acmeEnvironment.path("QUEUE_URL").asText()).isEqualTo(runtime.edgeUrl() + "/" + ACME + "/acme-inbox");
        assertThat(acmeEnvironment.path("OWN_ARN").asText()).isEqualTo("arn:aws:lambda:us-east-1:" + ACME + ":function:x");
    }

    @Test
    void ourRuleDeliversToTheBusThatAllowsUsAndTheOtherRefusesIntoTheTargetsDeadLetterQueue() throws Exception {
        events.putEvents(p -> p.entries(e -> e.eventBusName("polyglot").source("polyglot.publishing")
                .detailType("ContentPublished").detail("{\"n\": 1}")));

        JsonNode arrived = JSON.readTree(receiveOne(acmeEnvironment.path("QUEUE_URL").asText()).body());
        assertThat(arrived.path("account").asText()).isEqualTo(OURS);
        assertThat(arrived.path("detail").path("n").asInt()).isEqualTo(1);
        Message refused = receiveOne(sqs.getQueueUrl(q -> q.queueName("partner-dlq")).queueUrl());
        assertThat(refused.messageAttributes().get("ERROR_CODE").stringValue()).isEqualTo("NO_PERMISSIONS");
        assertThat(refused.messageAttributes().get("TARGET_ARN").stringValue()).isEqualTo(GLOBEX_BUS);
        assertThat(sqs.receiveMessage(r -> r.queueUrl(sqs.getQueueUrl(q -> q.queueName("globex-inbox")).queueUrl())
                .waitTimeSeconds(1)).messages()).isEmpty();
    }

    @Test
    void twoAccountsBusesOfOneNameAreTwoBusesAndOneRefusesTheOthersAccount() throws Exception {
        try (EventBridgeClient globex = EventBridgeClient.builder().endpointOverride(runtime.edgeUrl())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(GLOBEX, "secret")))
                .build()) {
            PutEventsResultEntry toAcme = globex.putEvents(p -> p.entries(e -> e.eventBusName(ACME_BUS)
                    .source("partner.globex").detailType("Probe").detail("{}"))).entries().get(0);
            PutEventsResultEntry toItsOwn = globex.putEvents(p -> p.entries(e -> e.eventBusName("deliveries")
                    .source("partner.globex").detailType("Probe").detail("{}"))).entries().get(0);

            assertThat(toAcme.errorCode()).isEqualTo("AccessDeniedException");
            assertThat(toItsOwn.eventId()).isNotBlank();
            JsonNode own = JSON.readTree(receiveOne(sqs.getQueueUrl(q -> q.queueName("globex-inbox")).queueUrl()).body());
            assertThat(own.path("account").asText()).isEqualTo(GLOBEX);
        }
    }

    private static Message receiveOne(String queueUrl) {
        List<Message> messages = await().atMost(Duration.ofSeconds(10)).until(() -> sqs.receiveMessage(r -> r
                .queueUrl(queueUrl).waitTimeSeconds(1).messageAttributeNames("All")).messages(), m -> !m.isEmpty());
        sqs.deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(messages.get(0).receiptHandle()));
        return messages.get(0);
    }
}

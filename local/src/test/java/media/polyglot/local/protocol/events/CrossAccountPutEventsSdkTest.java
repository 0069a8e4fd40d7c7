package media.polyglot.local.protocol.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.local.EdgeClients;
import media.polyglot.local.LocalRuntime;
import media.polyglot.local.LocalSettings;
import media.polyglot.local.template.AssemblyFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Partner accounts on the edge: a stock EventBridge client signing with a partner's access key puts events as that
 * account, and the bus's resource policy, from the template's AWS::Events::EventBusPolicy resources (both forms) or
 * an EventBus's Policy, decides entry by entry.
 */
class CrossAccountPutEventsSdkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACME = "111122223333";
    private static final String ACME_KEY = "acme-partner-key";
    private static final String LOCAL = "000000000000";

    @TempDir
    static Path assembly;

    private static LocalRuntime runtime;
    private static EventBridgeClient ours;
    private static EventBridgeClient acme;
    private static SqsClient sqs;
    private static String everything;

    @BeforeAll
    static void start() throws Exception {
        // The bus policy statement exactly as CDK synthesizes infra's PartnerAccess for partners.json.
        AssemblyFixture.write(assembly, """
                {"Resources": {
                  "Bus": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "polyglot"}},
                  "BusPutEventsFromAcme": {"Type": "AWS::Events::EventBusPolicy", "Properties": {
                    "EventBusName": {"Ref": "Bus"}, "StatementId": "cdk-PutEventsFrom-acme-translation",
                    "Statement": {"Action": "events:PutEvents",
                      "Condition": {"StringEquals": {"events:source": ["partner.translation.acme"]}},
                      "Effect": "Allow",
                      "Principal": {"AWS": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::111122223333:root"]]}},
                      "Resource": {"Fn::GetAtt": ["Bus", "Arn"]}, "Sid": "cdk-PutEventsFrom-acme-translation"}}},
                  "Legacy": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "legacy"}},
                  "LegacyPermission": {"Type": "AWS::Events::EventBusPolicy", "Properties": {
                    "EventBusName": "legacy", "StatementId": "globex", "Action": "events:PutEvents",
                    "Principal": "444455556666"}},
                  "Guarded": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "guarded", "Policy": {
                    "Version": "2012-10-17", "Statement": [{"Sid": "acme-like", "Effect": "Allow",
                      "Principal": {"AWS": "111122223333"}, "Action": "events:PutEvents", "Resource": "*",
                      "Condition": {"StringLike": {"events:source": "partner.translation.acme*"}}}]}}},
                  "Opened": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "opened"}},
                  "Everything": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "everything"}},
                  "All": {"Type": "AWS::Events::Rule", "Properties": {"EventBusName": {"Ref": "Bus"},
                    "EventPattern": {"source": [{"prefix": ""}]},
                    "Targets": [{"Id": "q", "Arn": {"Fn::GetAtt": ["Everything", "Arn"]}}]}}}}""");
        runtime = LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0)
                .withPartnerAccount(ACME_KEY, ACME));
        ours = EdgeClients.at(EventBridgeClient.builder(), runtime.edgeUrl());
        acme = signedWith(ACME_KEY);
        sqs = EdgeClients.at(SqsClient.builder(), runtime.edgeUrl());
        everything = sqs.getQueueUrl(q -> q.queueName("everything")).queueUrl();
    }

    @AfterAll
    static void stop() {
        ours.close();
        acme.close();
        sqs.close();
        runtime.close();
    }

    @Test
    void aPartnerPutsItsOwnSourceAndTheEventIsFromItsAccount() throws Exception {
        PutEventsResponse response = put(acme, ourBus("polyglot"), "partner.translation.acme");

        assertThat(response.failedEntryCount()).isZero();
        JsonNode event = JSON.readTree(receiveOne().body());
        assertThat(event.path("source").asText()).isEqualTo("partner.translation.acme");
        assertThat(event.path("account").asText()).isEqualTo(ACME);
    }

    @Test
    void aPartnerPuttingAnotherPartnersSourceIsRefusedEntryByEntryAndTheRestArrive() throws Exception {
        PutEventsResponse response = acme.putEvents(r -> r.entries(
                e -> e.eventBusName(ourBus("polyglot")).source("partner.translation.globex").detailType("T").detail("{}"),
                e -> e.eventBusName(ourBus("polyglot")).source("partner.translation.acme").detailType("T").detail("{\"n\": 2}")));

        assertThat(response.failedEntryCount()).isEqualTo(1);
        PutEventsResultEntry refused = response.entries().get(0);
        assertThat(refused.errorCode()).isEqualTo("AccessDeniedException");
        assertThat(refused.errorMessage()).isEqualTo("User: arn:aws:iam::111122223333:root is not authorized to"
                + " perform: events:PutEvents on resource: arn:aws:events:us-east-1:000000000000:event-bus/polyglot"
                + " because no resource-based policy allows the events:PutEvents action");
        assertThat(response.entries().get(1).eventId()).isNotBlank();
        assertThat(JSON.readTree(receiveOne().body()).path("detail").path("n").asInt()).isEqualTo(2);
    }

    @Test
    void theLocalCredentialsPutAnySourceAsTheBusesOwnAccount() throws Exception {
        assertThat(put(ours, "polyglot", "partner.translation.globex").failedEntryCount()).isZero();

        assertThat(JSON.readTree(receiveOne().body()).path("account").asText()).isEqualTo(LOCAL);
    }

    @Test
    void anAccountNoStatementNamesIsRefusedEvenForAnAllowedSource() {
        // A 12-digit access key id is that account, LocalStack's convention.
        try (EventBridgeClient stranger = signedWith("777788889999")) {
            assertThat(put(stranger, ourBus("polyglot"), "partner.translation.acme").entries().get(0).errorCode())
                    .isEqualTo("AccessDeniedException");
        }
    }

    @Test
    void theOlderPrincipalAndActionFormGrantsItsAccountOnly() {
        try (EventBridgeClient globex = signedWith("444455556666")) {
            assertThat(put(globex, ourBus("legacy"), "anything").failedEntryCount()).isZero();
        }
        assertThat(put(acme, ourBus("legacy"), "partner.translation.acme").failedEntryCount()).isEqualTo(1);
    }

    @Test
    void aBusesPolicyPropertyIsEnforcedWithItsStringLikeCondition() {
        assertThat(put(acme, ourBus("guarded"), "partner.translation.acme.eu").failedEntryCount()).isZero();
        assertThat(put(acme, ourBus("guarded"), "partner.translation.globex").failedEntryCount()).isEqualTo(1);
    }

    @Test
    void putPermissionAndRemovePermissionChangeWhoMayPutAndDescribeEventBusShowsThePolicy() throws Exception {
        try (EventBridgeClient other = signedWith("888899990000")) {
            assertThat(put(other, ourBus("opened"), "x").failedEntryCount()).isEqualTo(1);

            ours.putPermission(p -> p.eventBusName("opened").statementId("other").action("events:PutEvents")
                    .principal("888899990000"));
            assertThat(put(other, ourBus("opened"), "x").failedEntryCount()).isZero();
            JsonNode policy = JSON.readTree(ours.describeEventBus(d -> d.name("opened")).policy());
            assertThat(policy.path("Statement").get(0).path("Principal").path("AWS").asText())
                    .isEqualTo("arn:aws:iam::888899990000:root");

            ours.removePermission(p -> p.eventBusName("opened").statementId("other"));
            assertThat(put(other, ourBus("opened"), "x").failedEntryCount()).isEqualTo(1);
            assertThat(ours.describeEventBus(d -> d.name("opened")).policy()).isNull();
            assertThatThrownBy(() -> ours.removePermission(p -> p.eventBusName("opened").statementId("other")))
                    .isInstanceOf(ResourceNotFoundException.class)
                    .hasMessageStartingWith("Statement with the provided id does not exist.");
        }
    }

    @Test
    void describeEventBusShowsTheTemplatesStatement() throws Exception {
        JsonNode policy = JSON.readTree(ours.describeEventBus(d -> d.name("polyglot")).policy());

        assertThat(policy.path("Statement").get(0).path("Sid").asText()).isEqualTo("cdk-PutEventsFrom-acme-translation");
        assertThat(policy.path("Statement").get(0).path("Principal").path("AWS").asText())
                .isEqualTo("arn:aws:iam::111122223333:root");
    }

    @Test
    void aBusNamedByNameIsTheCallersOwnSoAPartnerNamingOursFindsNone() {
        PutEventsResultEntry entry = put(acme, "polyglot", "partner.translation.acme").entries().get(0);

        assertThat(entry.errorCode()).isEqualTo("ResourceNotFoundException");
        assertThat(entry.errorMessage()).isEqualTo("Event bus polyglot does not exist.");
    }

    /** The ARN of our bus of this name: another account names it so, as on AWS. */
    private static String ourBus(String bus) {
        return "arn:aws:events:us-east-1:" + LOCAL + ":event-bus/" + bus;
    }

    private static EventBridgeClient signedWith(String accessKeyId) {
        return EventBridgeClient.builder().endpointOverride(runtime.edgeUrl()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "secret")))
                .build();
    }

    private static PutEventsResponse put(EventBridgeClient client, String bus, String source) {
        return client.putEvents(r -> r.entries(e -> e.eventBusName(bus).source(source).detailType("T").detail("{}")));
    }

    private static Message receiveOne() {
        List<Message> messages = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            messages.addAll(sqs.receiveMessage(r -> r.queueUrl(everything).waitTimeSeconds(1)).messages());
            return !messages.isEmpty();
        });
        assertThat(messages).hasSize(1);
        sqs.deleteMessage(d -> d.queueUrl(everything).receiptHandle(messages.get(0).receiptHandle()));
        return messages.get(0);
    }
}

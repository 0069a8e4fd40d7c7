package media.polyglot.partner.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.events.Bus;
import media.polyglot.events.EventJson;
import media.polyglot.local.LocalRuntime;
import media.polyglot.local.LocalSettings;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClientBuilder;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Our bus on the local runtime as a partner meets it: its policy holds, for every partner of infra/partners.json,
 * the statement infra's PartnerAccess has CDK synthesize (the account may put events under its sources only), and the
 * runtime enforces it; a catch-all rule copies what the bus accepts to a queue a test reads. Clients sign with the
 * acme partner's access key, so they put events from acme's account, as its real client would.
 */
final class PartnerAccountBus implements AutoCloseable {

    static final String ACME_ACCOUNT = "111122223333";
    private static final String ACME_ACCESS_KEY = "acme-translation-key";
    private static final Path PARTNERS = Path.of("../../infra/partners.json");

    private final LocalRuntime runtime;
    private final SqsClient sqs;
    private final String publishedUrl;

    private PartnerAccountBus(Path assembly) {
        runtime = LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0)
                .withPartnerAccount(ACME_ACCESS_KEY, ACME_ACCOUNT));
        sqs = SqsClient.builder().endpointOverride(runtime.edgeUrl()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
        publishedUrl = sqs.getQueueUrl(q -> q.queueName("published")).queueUrl();
    }

    static PartnerAccountBus start() {
        try {
            Path assembly = Files.createTempDirectory("partner-account-bus");
            Files.writeString(assembly.resolve("manifest.json"), """
                    {"version": "48.0.0", "artifacts": {
                      "S.assets": {"type": "cdk:asset-manifest", "properties": {"file": "S.assets.json"}},
                      "S": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "S.template.json",
                            "stackName": "PartnerAccountBus"}, "dependencies": ["S.assets"]}}}""");
            Files.writeString(assembly.resolve("S.assets.json"), "{\"files\": {}}");
            Files.writeString(assembly.resolve("S.template.json"), template().toString());
            return new PartnerAccountBus(assembly);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cloud assembly of the partner account bus", e);
        }
    }

    /** A stock EventBridge client signing with acme's access key. */
    EventBridgeClient acmeClient(EventBridgeClientBuilder builder) {
        return builder.endpointOverride(runtime.edgeUrl()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ACME_ACCESS_KEY, "acme-secret")))
                .build();
    }

    /** Every event the bus accepted and not read before, as EventBridge delivered them. */
    List<JsonNode> published() {
        List<JsonNode> events = new ArrayList<>();
        List<Message> batch;
        do {
            batch = sqs.receiveMessage(r -> r.queueUrl(publishedUrl).maxNumberOfMessages(10).waitTimeSeconds(0))
                    .messages();
            for (Message message : batch) {
                events.add(json(message.body()));
                sqs.deleteMessage(d -> d.queueUrl(publishedUrl).receiptHandle(message.receiptHandle()));
            }
        } while (!batch.isEmpty());
        return events;
    }

    @Override
    public void close() {
        sqs.close();
        runtime.close();
    }

    private static ObjectNode template() throws IOException {
        ObjectNode resources = EventJson.mapper().createObjectNode();
        resources.putObject("Bus").put("Type", "AWS::Events::EventBus").putObject("Properties").put("Name", Bus.NAME);
        for (JsonNode partner : EventJson.mapper().readTree(Files.readString(PARTNERS)).path("partners")) {
            String sid = "cdk-PutEventsFrom-" + partner.path("name").asText();
            ObjectNode properties = resources.putObject("Policy" + resources.size()).put("Type",
                    "AWS::Events::EventBusPolicy").putObject("Properties").put("StatementId", sid);
            properties.putObject("EventBusName").put("Ref", "Bus");
            ObjectNode statement = properties.putObject("Statement").put("Sid", sid).put("Effect", "Allow")
                    .put("Action", "events:PutEvents");
            statement.putObject("Principal").put("AWS", "arn:aws:iam::" + partner.path("account").asText() + ":root");
            statement.putObject("Resource").putArray("Fn::GetAtt").add("Bus").add("Arn");
            ArrayNode sources = statement.putObject("Condition").putObject("StringEquals").putArray("events:source");
            partner.path("sources").forEach(sources::add);
        }
        resources.putObject("Published").put("Type", "AWS::SQS::Queue").putObject("Properties")
                .put("QueueName", "published");
        ObjectNode rule = resources.putObject("Everything").put("Type", "AWS::Events::Rule").putObject("Properties");
        rule.putObject("EventBusName").put("Ref", "Bus");
        rule.putObject("EventPattern").putArray("source").addObject().put("prefix", "");
        ObjectNode target = rule.putArray("Targets").addObject().put("Id", "published");
        target.putObject("Arn").putArray("Fn::GetAtt").add("Published").add("Arn");
        ObjectNode template = EventJson.mapper().createObjectNode();
        template.set("Resources", resources);
        return template;
    }

    private static JsonNode json(String body) {
        try {
            return EventJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("the bus delivered an event that is not JSON: " + body, e);
        }
    }
}

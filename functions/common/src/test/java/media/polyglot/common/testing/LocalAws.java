package media.polyglot.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import media.polyglot.events.Bus;
import media.polyglot.events.EventJson;
import media.polyglot.local.edge.EdgeServer;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.dynamodb.EngineSettings;
import media.polyglot.local.engine.events.EventRouter;
import media.polyglot.local.engine.events.Replayer;
import media.polyglot.local.engine.events.Rule;
import media.polyglot.local.engine.events.SqsTargetSender;
import media.polyglot.local.engine.events.Target;
import media.polyglot.local.engine.events.TargetDelivery;
import media.polyglot.local.engine.sqs.QueueEngine;
import media.polyglot.local.observe.HopLog;
import media.polyglot.local.protocol.dynamodb.DynamoDbProtocol;
import media.polyglot.local.protocol.events.EventBridgeProtocol;
import media.polyglot.local.protocol.sqs.SqsProxy;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The local runtime's engines started in-process behind one edge, for tests that need AWS: DynamoDB on
 * SQLite in memory, SQS on ElasticMQ, and the bus {@code polyglot} whose every event a catch-all rule
 * copies to the queue {@code published}, where a test reads what was published. Reached through the stock
 * SDK clients, as the functions reach AWS.
 */
public final class LocalAws implements AutoCloseable {

    public static final String PUBLISHED_QUEUE = "published";

    private final EdgeServer edge;
    private final DynamoDbEngine tables;
    private final QueueEngine queues;
    private final ScheduledExecutorService deliveries;
    private final DynamoDbClient dynamoDb;
    private final SqsClient sqs;
    private final EventBridgeClient eventBridge;
    private final String publishedUrl;

    private LocalAws() {
        edge = EdgeServer.start(0);
        tables = DynamoDbEngine.open("jdbc:sqlite::memory:", EngineSettings.DEFAULTS);
        queues = QueueEngine.start(edge.url(), "us-east-1", "000000000000");
        deliveries = Executors.newSingleThreadScheduledExecutor();
        HopLog hops = new HopLog(Clock.systemUTC());
        TargetDelivery delivery = new TargetDelivery(List.of(new SqsTargetSender(queues)), queues, deliveries,
                Clock.systemUTC(), hops, null);
        EventRouter router = new EventRouter(delivery, "us-east-1", "000000000000", Clock.systemUTC(), hops, null);
        router.createBus(Bus.NAME);
        edge.attach("dynamodb", new DynamoDbProtocol(tables));
        edge.attach("sqs", new SqsProxy(queues.endpoint()));
        edge.attach("events", new EventBridgeProtocol(router, new Replayer(router, Runnable::run, Clock.systemUTC())));
        dynamoDb = client(DynamoDbClient.builder());
        sqs = client(SqsClient.builder());
        eventBridge = client(EventBridgeClient.builder());
        publishedUrl = createQueue(PUBLISHED_QUEUE);
        router.bus(Bus.NAME).putRule(Rule.of("everything", router.arn("rule/" + Bus.NAME + "/everything"),
                "{\"source\": [{\"prefix\": \"\"}]}", List.of(Target.of("published", queues.arnOf(PUBLISHED_QUEUE)))));
    }

    public static LocalAws start() {
        return new LocalAws();
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public SqsClient sqs() {
        return sqs;
    }

    public EventBridgeClient eventBridge() {
        return eventBridge;
    }

    /** A stock SDK client of any service, at the edge with the local credentials. */
    public <B extends AwsClientBuilder<B, C>, C> C client(B builder) {
        return builder.endpointOverride(edge.url()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    /** Creates a table keyed by the string {@code partitionKey} (and {@code sortKey}, if not null). */
    public String createTable(String name, String partitionKey, String sortKey) {
        return createTable(name, partitionKey, sortKey, ScalarAttributeType.S);
    }

    /** As {@link #createTable(String, String, String)}, with a sort key of the given type. */
    public String createTable(String name, String partitionKey, String sortKey, ScalarAttributeType sortKeyType) {
        List<KeySchemaElement> keys = new ArrayList<>(List.of(
                KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build()));
        List<AttributeDefinition> attributes = new ArrayList<>(List.of(AttributeDefinition.builder()
                .attributeName(partitionKey).attributeType(ScalarAttributeType.S).build()));
        if (sortKey != null) {
            keys.add(KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
            attributes.add(AttributeDefinition.builder().attributeName(sortKey).attributeType(sortKeyType).build());
        }
        dynamoDb.createTable(t -> t.tableName(name).keySchema(keys).attributeDefinitions(attributes)
                .billingMode(BillingMode.PAY_PER_REQUEST));
        return name;
    }

    /** Creates a queue (FIFO when the name ends in {@code .fifo}) and returns its URL. */
    public String createQueue(String name) {
        return queues.createQueue(name, name.endsWith(".fifo")
                ? Map.of(QueueAttributeName.FIFO_QUEUE, "true") : Map.of());
    }

    /** Receives what is on a queue now (one short poll of up to ten messages), deleting it. */
    public List<Message> drain(String queueUrl) {
        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                .waitTimeSeconds(0).messageAttributeNames("All").messageSystemAttributeNames(
                        software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName.ALL)).messages();
        messages.forEach(m -> sqs.deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(m.receiptHandle())));
        return messages;
    }

    /** Every event published so far and not read before, as EventBridge delivered them. */
    public List<JsonNode> published() {
        List<JsonNode> events = new ArrayList<>();
        List<Message> batch;
        do {
            batch = drain(publishedUrl);
            batch.forEach(m -> events.add(json(m.body())));
        } while (!batch.isEmpty());
        return events;
    }

    private static JsonNode json(String body) {
        try {
            return EventJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("a published event is not JSON: " + body, e);
        }
    }

    @Override
    public void close() {
        dynamoDb.close();
        sqs.close();
        eventBridge.close();
        deliveries.shutdownNow();
        queues.close();
        tables.close();
        edge.close();
    }
}

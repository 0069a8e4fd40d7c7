package media.polyglot.local.engine.sqs;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pekko.http.scaladsl.Http;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.elasticmq.rest.sqs.TheSQSRestServerBuilder;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.actor.Props;
import org.elasticmq.Limits;
import org.elasticmq.actor.QueueManagerActor;
import org.elasticmq.util.NowProvider;
import scala.Option;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Every SQS queue of the runtime, on an embedded ElasticMQ: queues, DLQs and redrive, FIFO,
 * visibility timeouts. ElasticMQ listens on a private port; queue URLs name the edge port, where
 * SQS requests arrive and are passed on, so clients only ever see the edge.
 */
public final class QueueEngine implements AutoCloseable {

    private static final Limits LIMITS = SqsLimits.INSTANCE;

    private final ActorSystem system;
    private final QueueActors actors;
    private final SQSRestServer server;
    private final URI endpoint;
    private final URI edgeUrl;
    private final SqsClient client;
    private final String region;
    private final String accountId;
    private final Map<String, String> urlsByArn = new ConcurrentHashMap<>();

    private QueueEngine(ActorSystem system, QueueActors actors, SQSRestServer server, URI endpoint, URI edgeUrl,
                        SqsClient client, String region, String accountId) {
        this.system = system;
        this.actors = actors;
        this.server = server;
        this.endpoint = endpoint;
        this.edgeUrl = edgeUrl;
        this.client = client;
        this.region = region;
        this.accountId = accountId;
    }

    /** Starts ElasticMQ on a free loopback port, with queue URLs under {@code edgeUrl}, queues in memory. */
    public static QueueEngine start(URI edgeUrl, String region, String accountId) {
        return start(edgeUrl, region, accountId, null);
    }

    /**
     * As {@link #start(URI, String, String)}; with a data directory, queues and their messages are
     * kept in SQLite there (ElasticMQ's SQL persistence) and restored at the next start.
     */
    public static QueueEngine start(URI edgeUrl, String region, String accountId, Path dataDir) {
        ActorSystem system = ActorSystem.create("elasticmq");
        TheSQSRestServerBuilder builder = SQSRestServerBuilder.withActorSystem(system)
                .withInterface("127.0.0.1")
                .withDynamicPort()
                .withServerAddress(new NodeAddress(edgeUrl.getScheme(), edgeUrl.getHost(), edgeUrl.getPort(), ""))
                .withAWSRegion(region)
                .withAWSAccountId(accountId)
                .withSQSLimits(LIMITS);
        Path file = dataDir == null ? null : dataDir.resolve("queues.sqlite");
        ActorRef store = file == null ? null : QueuePersistence.store(system, file);
        // The manager is made here, not by the builder, so the runtime's own sends can reach its queues in-process.
        ActorRef manager = system.actorOf(Props.create(QueueManagerActor.class,
                () -> new QueueManagerActor(new NowProvider(), LIMITS, Option.apply(store))));
        builder = builder.withQueueManagerActor(manager);
        if (store != null) {
            QueuePersistence.restore(store, manager, file);
            builder = builder.withQueueEventListener(store);
        }
        SQSRestServer server = builder.start();
        Http.ServerBinding binding = server.waitUntilStarted();
        URI endpoint = URI.create("http://127.0.0.1:" + binding.localAddress().getPort());
        SqsClient client = SqsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        return new QueueEngine(system, new QueueActors(manager, LIMITS, new ReceivedMessages(region, accountId)), server,
                endpoint, edgeUrl, client, region, accountId);
    }

    /**
     * Creates a queue with its attributes (including RedrivePolicy and FifoQueue) in-process and returns its URL, the
     * one ElasticMQ's endpoint would answer; fails with SQS's error code and a message when the queue cannot be made.
     */
    public String createQueue(String name, Map<QueueAttributeName, String> attributes) {
        actors.create(name, attributes);
        String url = edgeUrl + "/" + accountId + "/" + name;
        urlsByArn.put(arnOf(name), url);
        return url;
    }

    public String arnOf(String queueName) {
        return "arn:aws:sqs:" + region + ":" + accountId + ":" + queueName;
    }

    /** The queue URL for an SQS ARN of this account. */
    public String urlOf(String queueArn) {
        return urlsByArn.computeIfAbsent(queueArn, arn -> {
            String name = arn.substring(arn.lastIndexOf(':') + 1);
            return client.getQueueUrl(r -> r.queueName(name)).queueUrl();
        });
    }

    /**
     * Sends messages to the queue with this name in-process, in their order, as SendMessageBatch
     * would; answers, for each message, its id or the error that kept the queue from taking it.
     * A queue that does not exist fails the whole call.
     */
    public List<SendOutcome> send(String queueName, List<QueueMessage> messages) {
        return actors.send(queueName, messages);
    }

    /** Whether the queue would take all these messages as one batch (see {@link #send}). */
    public boolean acceptable(String queueName, List<QueueMessage> messages) {
        return actors.acceptable(queueName, messages);
    }

    /** Whether a queue of this name exists and is a standard queue, not a FIFO one. */
    public boolean isStandardQueue(String queueName) {
        return actors.isStandard(queueName);
    }

    /**
     * Receives up to {@code max} messages in-process, as ReceiveMessage does without attribute names;
     * null {@code visibilitySeconds} or {@code waitSeconds} take the queue's own settings.
     */
    public List<ReceivedMessage> receive(String queueName, int max, Integer visibilitySeconds, Integer waitSeconds) {
        return actors.receive(queueName, max, visibilitySeconds, waitSeconds);
    }

    /** Deletes a received message in-process; false when the receipt handle is not valid for the queue. */
    public boolean delete(String queueName, String receiptHandle) {
        return actors.delete(queueName, receiptHandle);
    }

    /** The queue name of an SQS ARN. */
    public static String nameOf(String queueArn) {
        return queueArn.substring(queueArn.lastIndexOf(':') + 1);
    }

    /** Where ElasticMQ itself listens; only the edge talks to it. */
    public URI endpoint() {
        return endpoint;
    }

    /** A client straight to ElasticMQ, for the runtime's own deliveries and pollers. */
    public SqsClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        server.stopAndWait();
        system.terminate();
    }
}

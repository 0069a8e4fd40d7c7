package media.polyglot.local.engine.sns;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import media.polyglot.local.engine.lambda.LambdaHost;
import media.polyglot.local.engine.sqs.QueueEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime's SNS: topics (standard and FIFO), subscriptions of SQS queues and Lambda functions
 * with filter policies, raw message delivery and dead-letter queues, and publishing with
 * asynchronous delivery. No HTTP here: {@code protocol/sns} speaks the wire format in front of it.
 * Failures are {@link SnsException}s with SNS's error codes.
 */
public final class SnsEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SnsEngine.class);

    private final SnsSettings settings;
    private final TopicRegistry registry;
    private final SubscriberDelivery delivery;
    private final Map<String, FifoSequencer> sequencers = new ConcurrentHashMap<>();

    public SnsEngine(SnsSettings settings, QueueEngine queues, LambdaHost functions) {
        this.settings = settings;
        this.registry = new TopicRegistry(settings.region(), settings.accountId());
        NotificationJson json = new NotificationJson(settings.serviceUrl());
        this.delivery = new SubscriberDelivery(new QueueSubscriber(queues, json), new FunctionSubscriber(functions, json),
                settings.deliveryPolicy());
    }

    /** Creates a topic, or answers the existing topic of that name (CreateTopic is idempotent). */
    public Topic createTopic(String name, Map<String, String> attributes) {
        return registry.create(name, attributes);
    }

    /** Deletes a topic and its subscriptions. */
    public void deleteTopic(String topicArn) {
        registry.delete(topicArn);
        sequencers.remove(topicArn);
    }

    public List<Topic> listTopics() {
        return registry.topics();
    }

    /** The attributes GetTopicAttributes answers: those the topic was created with, and its counts. */
    public Map<String, String> topicAttributes(String topicArn) {
        Topic topic = registry.topic(topicArn);
        Map<String, String> attributes = new LinkedHashMap<>(topic.attributes());
        attributes.put("TopicArn", topic.arn());
        attributes.put("Owner", settings.accountId());
        attributes.putIfAbsent("DisplayName", "");
        attributes.put("SubscriptionsConfirmed", Integer.toString(registry.subscriptionsOf(topicArn).size()));
        attributes.put("SubscriptionsPending", "0");
        attributes.put("SubscriptionsDeleted", "0");
        return attributes;
    }

    /** Subscribes a queue ({@code sqs}) or function ({@code lambda}) by ARN, with subscription attributes. */
    public Subscription subscribe(String topicArn, String protocol, String endpoint, Map<String, String> attributes) {
        return registry.subscribe(topicArn, protocol, endpoint, attributes);
    }

    public void unsubscribe(String subscriptionArn) {
        registry.unsubscribe(subscriptionArn);
    }

    public List<Subscription> listSubscriptions() {
        return registry.subscriptions();
    }

    public List<Subscription> listSubscriptionsByTopic(String topicArn) {
        return registry.subscriptionsOf(topicArn);
    }

    public Map<String, String> subscriptionAttributes(String subscriptionArn) {
        return registry.subscription(subscriptionArn).attributes();
    }

    /** Sets RawMessageDelivery, FilterPolicy, FilterPolicyScope or RedrivePolicy; an empty value clears it. */
    public void setSubscriptionAttribute(String subscriptionArn, String name, String value) {
        registry.setAttribute(subscriptionArn, name, value);
    }

    /**
     * Accepts a message and answers at once; every subscription whose filter policy matches receives it
     * asynchronously. On a FIFO topic a duplicate (same deduplication id within five minutes) answers the
     * first message's id and is not delivered again.
     */
    public PublishResult publish(PublishRequest request) {
        Topic topic = registry.topic(request.topicArn());
        PublishChecks.check(request, topic);
        Instant now = settings.clock().instant();
        PublishResult result;
        String deduplicationId = null;
        if (topic.fifo()) {
            deduplicationId = request.messageDeduplicationId() != null ? request.messageDeduplicationId()
                    : FifoSequencer.contentDeduplicationId(request.message());
            FifoSequencer.Sequenced sequenced = sequencers.computeIfAbsent(topic.arn(), arn -> new FifoSequencer())
                    .sequence(deduplicationId, now);
            if (sequenced.duplicate()) {
                return sequenced.result();
            }
            result = sequenced.result();
        } else {
            result = new PublishResult(UUID.randomUUID().toString(), null);
        }
        Notification notification = new Notification(result.messageId(), topic.arn(), request.subject(),
                request.message(), request.attributes(), now, request.messageGroupId(), deduplicationId,
                result.sequenceNumber());
        int delivered = 0;
        for (Subscription subscription : registry.subscriptionsOf(topic.arn())) {
            if (subscription.filterPolicy() == null || subscription.filterPolicy().matches(notification)) {
                delivery.deliver(subscription, notification, topic.fifo());
                delivered++;
            }
        }
        LOG.info("published {} on {}: {} subscription(s) matched", result.messageId(), topic.name(), delivered);
        return result;
    }

    @Override
    public void close() {
        delivery.close();
    }
}

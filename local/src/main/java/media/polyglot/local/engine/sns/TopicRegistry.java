package media.polyglot.local.engine.sns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The account's topics and subscriptions, with SNS's checks and errors. Thread-safe. */
final class TopicRegistry {

    private final String region;
    private final String accountId;
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();

    TopicRegistry(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
    }

    /** Creates the topic, or answers the existing one of that name: CreateTopic is idempotent. */
    synchronized Topic create(String name, Map<String, String> attributes) {
        Topic topic = Topic.create(name, "arn:aws:sns:" + region + ":" + accountId + ":" + name, attributes);
        Topic existing = topics.get(topic.arn());
        if (existing == null) {
            topics.put(topic.arn(), topic);
            return topic;
        }
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            if (!attribute.getValue().equals(existing.attributes().get(attribute.getKey()))) {
                throw SnsException.invalidParameter("Attributes Reason: Topic already exists with different attributes");
            }
        }
        return existing;
    }

    synchronized void delete(String topicArn) {
        topic(topicArn);
        topics.remove(topicArn);
        subscriptions.values().removeIf(subscription -> subscription.topicArn().equals(topicArn));
    }

    synchronized Topic topic(String topicArn) {
        if (topicArn == null || !topicArn.startsWith("arn:aws:sns:")) {
            throw SnsException.invalidParameter("TopicArn");
        }
        Topic topic = topics.get(topicArn);
        if (topic == null) {
            throw SnsException.notFound("Topic does not exist");
        }
        return topic;
    }

    synchronized List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    /** Subscribes the endpoint, or answers its existing subscription to the topic, as Subscribe does. */
    synchronized Subscription subscribe(String topicArn, String protocolName, String endpoint,
                                        Map<String, String> attributes) {
        Topic topic = topic(topicArn);
        SubscriptionProtocol protocol = SubscriptionProtocol.parse(protocolName);
        protocol.checkEndpoint(endpoint);
        checkFifoPairing(topic, protocol, endpoint);
        for (Subscription existing : subscriptions.values()) {
            if (existing.topicArn().equals(topicArn) && existing.protocol() == protocol
                    && existing.endpoint().equals(endpoint)) {
                return existing;
            }
        }
        Subscription subscription = Subscription.create(topicArn + ":" + UUID.randomUUID(), topicArn, protocol,
                endpoint, accountId);
        // The scope first: a filter policy is checked against the scope it will be matched in.
        if (attributes.containsKey("FilterPolicyScope")) {
            subscription = subscription.with("FilterPolicyScope", attributes.get("FilterPolicyScope"));
        }
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            if (!attribute.getKey().equals("FilterPolicyScope")) {
                subscription = subscription.with(attribute.getKey(), attribute.getValue());
            }
        }
        subscriptions.put(subscription.arn(), subscription);
        return subscription;
    }

    synchronized void unsubscribe(String subscriptionArn) {
        subscription(subscriptionArn);
        subscriptions.remove(subscriptionArn);
    }

    synchronized Subscription subscription(String subscriptionArn) {
        Subscription subscription = subscriptions.get(subscriptionArn);
        if (subscription == null) {
            throw SnsException.notFound("Subscription does not exist");
        }
        return subscription;
    }

    synchronized void setAttribute(String subscriptionArn, String name, String value) {
        Subscription updated = subscription(subscriptionArn).with(name, value);
        subscriptions.put(subscriptionArn, updated);
    }

    synchronized List<Subscription> subscriptions() {
        return List.copyOf(subscriptions.values());
    }

    synchronized List<Subscription> subscriptionsOf(String topicArn) {
        topic(topicArn);
        List<Subscription> ofTopic = new ArrayList<>();
        for (Subscription subscription : subscriptions.values()) {
            if (subscription.topicArn().equals(topicArn)) {
                ofTopic.add(subscription);
            }
        }
        return ofTopic;
    }

    /** FIFO topics deliver only to SQS queues; standard topics cannot deliver to FIFO queues. */
    private static void checkFifoPairing(Topic topic, SubscriptionProtocol protocol, String endpoint) {
        if (topic.fifo() && protocol != SubscriptionProtocol.SQS) {
            throw SnsException.invalidParameter("Invalid protocol type: " + protocol.wireName()
                    + " (a FIFO topic delivers only to SQS queues)");
        }
        if (!topic.fifo() && endpoint.endsWith(".fifo")) {
            throw SnsException.invalidParameter("Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be"
                    + " subscribed to standard SNS topics");
        }
    }
}

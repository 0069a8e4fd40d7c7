package media.polyglot.local.protocol.sns;

import java.util.List;
import media.polyglot.local.engine.sns.SnsEngine;
import media.polyglot.local.engine.sns.Subscription;

/**
 * Subscribe, Unsubscribe, ListSubscriptions, ListSubscriptionsByTopic, GetSubscriptionAttributes
 * and SetSubscriptionAttributes: parameters in, the Result element's XML out.
 */
final class SubscriptionActions {

    private SubscriptionActions() {
    }

    static String subscribe(SnsEngine engine, QueryParameters parameters) {
        Subscription subscription = engine.subscribe(parameters.require("TopicArn"), parameters.require("Protocol"),
                parameters.get("Endpoint"), parameters.map("Attributes"));
        return SnsXml.element("SubscriptionArn", subscription.arn());
    }

    static String unsubscribe(SnsEngine engine, QueryParameters parameters) {
        engine.unsubscribe(parameters.require("SubscriptionArn"));
        return null;
    }

    /** Every subscription in one page, as for topics. */
    static String listSubscriptions(SnsEngine engine) {
        return members(engine.listSubscriptions());
    }

    static String listSubscriptionsByTopic(SnsEngine engine, QueryParameters parameters) {
        return members(engine.listSubscriptionsByTopic(parameters.require("TopicArn")));
    }

    static String getSubscriptionAttributes(SnsEngine engine, QueryParameters parameters) {
        return SnsXml.attributes("Attributes", engine.subscriptionAttributes(parameters.require("SubscriptionArn")));
    }

    static String setSubscriptionAttributes(SnsEngine engine, QueryParameters parameters) {
        engine.setSubscriptionAttribute(parameters.require("SubscriptionArn"), parameters.require("AttributeName"),
                parameters.get("AttributeValue"));
        return null;
    }

    private static String members(List<Subscription> subscriptions) {
        StringBuilder xml = new StringBuilder("<Subscriptions>");
        for (Subscription subscription : subscriptions) {
            xml.append("<member>")
                    .append(SnsXml.element("TopicArn", subscription.topicArn()))
                    .append(SnsXml.element("Protocol", subscription.protocol().wireName()))
                    .append(SnsXml.element("SubscriptionArn", subscription.arn()))
                    .append(SnsXml.element("Owner", subscription.owner()))
                    .append(SnsXml.element("Endpoint", subscription.endpoint()))
                    .append("</member>");
        }
        return xml.append("</Subscriptions>").toString();
    }
}

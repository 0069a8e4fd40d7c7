package media.polyglot.local.protocol.sns;

import media.polyglot.local.edge.AwsRequest;
import media.polyglot.local.edge.AwsResponse;
import media.polyglot.local.edge.ServiceEndpoint;
import media.polyglot.local.engine.sns.SnsEngine;
import media.polyglot.local.engine.sns.SnsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SNS's query protocol (form-encoded {@code Action} and {@code Version=2010-03-31}, XML answers) in
 * front of the SNS engine. Holds no state of its own.
 */
public final class SnsProtocol implements ServiceEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(SnsProtocol.class);
    private static final String VERSION = "2010-03-31";

    private final SnsEngine engine;

    public SnsProtocol(SnsEngine engine) {
        this.engine = engine;
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        QueryParameters parameters = QueryParameters.parse(request.query(), request.bodyAsString());
        String action = parameters.get("Action");
        if (action == null) {
            return SnsXml.error(400, "MissingAction", "The request must contain the parameter Action.");
        }
        try {
            return switch (action) {
                case "CreateTopic" -> SnsXml.response(action, TopicActions.createTopic(engine, parameters));
                case "DeleteTopic" -> SnsXml.response(action, TopicActions.deleteTopic(engine, parameters));
                case "ListTopics" -> SnsXml.response(action, TopicActions.listTopics(engine));
                case "GetTopicAttributes" -> SnsXml.response(action, TopicActions.getTopicAttributes(engine, parameters));
                case "Subscribe" -> SnsXml.response(action, SubscriptionActions.subscribe(engine, parameters));
                case "Unsubscribe" -> SnsXml.response(action, SubscriptionActions.unsubscribe(engine, parameters));
                case "ListSubscriptions" -> SnsXml.response(action, SubscriptionActions.listSubscriptions(engine));
                case "ListSubscriptionsByTopic" ->
                        SnsXml.response(action, SubscriptionActions.listSubscriptionsByTopic(engine, parameters));
                case "GetSubscriptionAttributes" ->
                        SnsXml.response(action, SubscriptionActions.getSubscriptionAttributes(engine, parameters));
                case "SetSubscriptionAttributes" ->
                        SnsXml.response(action, SubscriptionActions.setSubscriptionAttributes(engine, parameters));
                case "Publish" -> SnsXml.response(action, PublishActions.publish(engine, parameters));
                case "PublishBatch" -> SnsXml.response(action, PublishActions.publishBatch(engine, parameters));
                default -> SnsXml.error(400, "InvalidAction",
                        "Could not find operation " + action + " for version " + VERSION);
            };
        } catch (SnsException e) {
            return SnsXml.error(e);
        } catch (RuntimeException e) {
            LOG.error("SNS failed on {}", action, e);
            return SnsXml.error(500, "InternalFailure", "the local runtime's SNS failed on " + action + ": " + e);
        }
    }
}

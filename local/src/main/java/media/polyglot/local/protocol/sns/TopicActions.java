package media.polyglot.local.protocol.sns;

import media.polyglot.local.engine.sns.SnsEngine;
import media.polyglot.local.engine.sns.Topic;

/** CreateTopic, DeleteTopic, ListTopics and GetTopicAttributes: parameters in, the Result element's XML out. */
final class TopicActions {

    private TopicActions() {
    }

    static String createTopic(SnsEngine engine, QueryParameters parameters) {
        Topic topic = engine.createTopic(parameters.require("Name"), parameters.map("Attributes"));
        return SnsXml.element("TopicArn", topic.arn());
    }

    static String deleteTopic(SnsEngine engine, QueryParameters parameters) {
        engine.deleteTopic(parameters.require("TopicArn"));
        return null;
    }

    /** Every topic in one page: a local account has far fewer than the 100 a page holds on AWS. */
    static String listTopics(SnsEngine engine) {
        StringBuilder xml = new StringBuilder("<Topics>");
        for (Topic topic : engine.listTopics()) {
            xml.append("<member>").append(SnsXml.element("TopicArn", topic.arn())).append("</member>");
        }
        return xml.append("</Topics>").toString();
    }

    static String getTopicAttributes(SnsEngine engine, QueryParameters parameters) {
        return SnsXml.attributes("Attributes", engine.topicAttributes(parameters.require("TopicArn")));
    }
}

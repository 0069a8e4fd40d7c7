package media.polyglot.local.protocol.sns;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import media.polyglot.local.engine.sns.PublishRequest;
import media.polyglot.local.engine.sns.PublishResult;
import media.polyglot.local.engine.sns.SnsEngine;
import media.polyglot.local.engine.sns.SnsException;

/**
 * Publish and PublishBatch. A batch fails as a whole only when it is malformed (empty, more than
 * ten entries, repeated ids) or its topic does not exist; otherwise each entry succeeds or fails
 * on its own, as the PublishBatch API reference describes.
 */
final class PublishActions {

    private static final int MAX_BATCH = 10;
    private static final String ENTRIES = "PublishBatchRequestEntries";

    private PublishActions() {
    }

    static String publish(SnsEngine engine, QueryParameters parameters) {
        String topicArn = parameters.get("TopicArn") != null ? parameters.get("TopicArn") : parameters.get("TargetArn");
        if (topicArn == null) {
            throw SnsException.invalidParameter("TopicArn or TargetArn Reason: no value for required parameter");
        }
        PublishResult result = engine.publish(request(topicArn, parameters));
        return SnsXml.element("MessageId", result.messageId()) + SnsXml.element("SequenceNumber", result.sequenceNumber());
    }

    static String publishBatch(SnsEngine engine, QueryParameters parameters) {
        String topicArn = parameters.require("TopicArn");
        List<QueryParameters> entries = parameters.members(ENTRIES);
        checkBatch(entries);
        engine.topicAttributes(topicArn);
        StringBuilder successful = new StringBuilder("<Successful>");
        StringBuilder failed = new StringBuilder("<Failed>");
        for (QueryParameters entry : entries) {
            String id = entry.get("Id");
            try {
                PublishResult result = engine.publish(request(topicArn, entry));
                successful.append("<member>").append(SnsXml.element("Id", id))
                        .append(SnsXml.element("MessageId", result.messageId()))
                        .append(SnsXml.element("SequenceNumber", result.sequenceNumber())).append("</member>");
            } catch (SnsException e) {
                failed.append("<member>").append(SnsXml.element("Id", id)).append(SnsXml.element("Code", e.code()))
                        .append(SnsXml.element("Message", e.getMessage())).append("<SenderFault>true</SenderFault>")
                        .append("</member>");
            }
        }
        return successful.append("</Successful>").toString() + failed.append("</Failed>");
    }

    private static PublishRequest request(String topicArn, QueryParameters parameters) {
        return new PublishRequest(topicArn, parameters.get("Message"), parameters.get("Subject"),
                parameters.messageAttributes(), parameters.get("MessageGroupId"),
                parameters.get("MessageDeduplicationId"));
    }

    private static void checkBatch(List<QueryParameters> entries) {
        if (entries.isEmpty()) {
            throw SnsException.of("EmptyBatchRequest", 400, "The batch request doesn't contain any entries.");
        }
        if (entries.size() > MAX_BATCH) {
            throw SnsException.of("TooManyEntriesInBatchRequest", 400,
                    "The batch request contains more entries than permissible.");
        }
        Set<String> ids = new HashSet<>();
        for (QueryParameters entry : entries) {
            if (!ids.add(entry.get("Id"))) {
                throw SnsException.of("BatchEntryIdsNotDistinct", 400,
                        "Two or more batch entries in the request have the same Id.");
            }
        }
    }
}

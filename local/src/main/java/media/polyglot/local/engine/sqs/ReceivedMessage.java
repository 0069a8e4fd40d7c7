package media.polyglot.local.engine.sqs;

import java.util.Map;

/**
 * A message as a receive hands it out: its id, the receipt handle that deletes it, its body, its system attributes
 * as ReceiveMessage names them ({@code ApproximateReceiveCount}, {@code SentTimestamp}, {@code MessageGroupId}...) and
 * its message attributes.
 */
public record ReceivedMessage(String messageId, String receiptHandle, String body, Map<String, String> attributes,
                              Map<String, ReceivedAttribute> messageAttributes) {

    public ReceivedMessage {
        attributes = Map.copyOf(attributes);
        messageAttributes = Map.copyOf(messageAttributes);
    }

    public String md5OfBody() {
        return BodyDigest.md5(body);
    }
}

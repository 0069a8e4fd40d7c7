package media.polyglot.local.engine.sns;

import java.nio.charset.StandardCharsets;

/** Publish's checks of one message against its topic, with SNS's error wording. */
final class PublishChecks {

    /** SNS messages, attributes included, are at most 256 KiB. */
    static final int MAX_MESSAGE_BYTES = 262_144;
    private static final int MAX_SUBJECT = 100;

    private PublishChecks() {
    }

    static void check(PublishRequest request, Topic topic) {
        if (request.message() == null || request.message().isEmpty()) {
            throw SnsException.invalidParameter("Empty message");
        }
        if (size(request) > MAX_MESSAGE_BYTES) {
            throw SnsException.invalidParameter("Message too long");
        }
        String subject = request.subject();
        if (subject != null && (subject.isBlank() || subject.length() > MAX_SUBJECT
                || !subject.chars().allMatch(c -> c >= 0x20 && c < 0x7f))) {
            throw SnsException.invalidParameter("Subject");
        }
        if (topic.fifo()) {
            if (request.messageGroupId() == null) {
                throw SnsException.invalidParameter("The MessageGroupId parameter is required for FIFO topics");
            }
            if (request.messageDeduplicationId() == null && !topic.contentBasedDeduplication()) {
                throw SnsException.invalidParameter("The topic should either have ContentBasedDeduplication enabled"
                        + " or MessageDeduplicationId provided explicitly");
            }
        } else if (request.messageDeduplicationId() != null) {
            throw SnsException.invalidParameter("MessageDeduplicationId Reason: The request includes"
                    + " MessageDeduplicationId parameter that is not valid for this topic type");
        }
    }

    private static int size(PublishRequest request) {
        int bytes = request.message().getBytes(StandardCharsets.UTF_8).length;
        for (var attribute : request.attributes().entrySet()) {
            MessageAttribute value = attribute.getValue();
            bytes += attribute.getKey().length() + value.dataType().length()
                    + (value.binaryValue() != null ? value.binaryValue().length
                    : value.stringValue().getBytes(StandardCharsets.UTF_8).length);
        }
        return bytes;
    }
}

package media.polyglot.notifications;

import java.util.HashMap;
import java.util.Map;
import media.polyglot.events.EventJson;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/** The SNS topic readers subscribe to, filtering on the attributes {@code language} and {@code category}. */
public final class ReaderTopic {

    private final SnsClient sns;
    private final String topicArn;

    public ReaderTopic(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    public void publish(ReaderNotice notice) {
        Map<String, MessageAttributeValue> attributes = new HashMap<>();
        attributes.put("language", text(notice.language()));
        attributes.put("kind", text(notice.kind()));
        if (notice.category() != null) {
            attributes.put("category", text(notice.category()));
        }
        sns.publish(p -> p.topicArn(topicArn).message(EventJson.mapper().valueToTree(notice).toString())
                .messageAttributes(attributes));
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}

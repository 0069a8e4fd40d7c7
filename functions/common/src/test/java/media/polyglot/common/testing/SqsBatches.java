package media.polyglot.common.testing;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** SQS events as an event source mapping hands them to a function, built from message bodies. */
public final class SqsBatches {

    private SqsBatches() {
    }

    /** A batch of messages with ids {@code m-1}, {@code m-2}, ... and the given bodies. */
    public static SQSEvent of(String... bodies) {
        List<SQSMessage> messages = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            SQSMessage message = new SQSMessage();
            message.setMessageId("m-" + (i + 1));
            message.setBody(bodies[i]);
            message.setAttributes(Map.of());
            messages.add(message);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(messages);
        return event;
    }
}

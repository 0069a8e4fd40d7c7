package media.polyglot.notifications;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Instant;
import java.util.List;
import media.polyglot.common.AwsClients;
import media.polyglot.common.Environment;
import media.polyglot.common.EventConsumer;
import media.polyglot.common.FunctionSettings;
import media.polyglot.common.Observability;

/** Tells readers, through the SNS topic, what went live or was taken down, once per event. */
public final class NotifyReadersHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final EventConsumer consumer;
    private final ReaderTopic topic;

    public NotifyReadersHandler() {
        Environment environment = Environment.ofProcess();
        this.consumer = EventConsumer.fromEnvironment(environment);
        this.topic = new ReaderTopic(AwsClients.sns(), environment.require(FunctionSettings.READER_TOPIC_ARN));
    }

    NotifyReadersHandler(EventConsumer consumer, ReaderTopic topic) {
        this.consumer = consumer;
        this.topic = topic;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        Instant deadline = Instant.now().plusMillis(context.getRemainingTimeInMillis());
        return Observability.invocation(context, () -> consumer.consume(batch, deadline, event -> {
            ReaderNotices.of(event).forEach(topic::publish);
            return List.of();
        }));
    }
}

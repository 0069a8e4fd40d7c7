package media.polyglot.moderation;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Instant;
import media.polyglot.common.AwsClients;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.Environment;
import media.polyglot.common.EventConsumer;
import media.polyglot.common.FunctionSettings;
import media.polyglot.common.Observability;
import media.polyglot.events.wiring.FunctionEnvironment;

/**
 * Moderation's work queue: ContentSubmitted and ContentRevised, taken by as many competing instances
 * as the queue needs, each reviewed once ({@link ContentReview}).
 */
public final class ModerateContentHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final EventConsumer consumer;
    private final ContentReview review;

    public ModerateContentHandler() {
        Environment environment = Environment.ofProcess();
        this.consumer = EventConsumer.fromEnvironment(environment);
        this.review = new ContentReview(
                ModerationPolicy.of(environment.require(FunctionSettings.BANNED_TERMS),
                        environment.requireInt(FunctionSettings.MIN_BODY_CHARS)),
                new ContentBodies(AwsClients.dynamoDb(), environment.require(FunctionEnvironment.CONTENT_TABLE)),
                EnvelopeFactory.forProducer("moderation"));
    }

    ModerateContentHandler(EventConsumer consumer, ContentReview review) {
        this.consumer = consumer;
        this.review = review;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        Instant deadline = Instant.now().plusMillis(context.getRemainingTimeInMillis());
        return Observability.invocation(context, () -> consumer.consume(batch, deadline, review::review));
    }
}

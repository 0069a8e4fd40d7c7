package media.polyglot.audit;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import media.polyglot.common.AwsClients;
import media.polyglot.common.DeadLetters;
import media.polyglot.common.Environment;
import media.polyglot.common.FunctionSettings;
import media.polyglot.common.Observability;
import media.polyglot.common.SqsBatchProcessor;
import media.polyglot.events.wiring.FunctionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends every {@code polyglot.*} event its queue delivers to the event store, at the next position of the
 * global stream; a redelivered event is stored once and keeps its first position. A message that is no event
 * the store can file is parked at once in the subscription's dead-letter queue with the reason; any other
 * failure fails that message alone, which returns to the queue.
 */
public final class AppendToEventStoreHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(AppendToEventStoreHandler.class);

    private final EventStore store;
    private final DeadLetters deadLetters;

    public AppendToEventStoreHandler() {
        Environment environment = Environment.ofProcess();
        this.store = new EventStore(AwsClients.dynamoDb(), environment.require(FunctionEnvironment.EVENT_STORE_TABLE),
                environment.require(FunctionSettings.EVENT_STREAM_TABLE));
        this.deadLetters = new DeadLetters(AwsClients.sqs(), environment.require(FunctionSettings.DEAD_LETTER_QUEUE_URL),
                environment.require(FunctionSettings.CONSUMER_NAME));
    }

    AppendToEventStoreHandler(EventStore store, DeadLetters deadLetters) {
        this.store = store;
        this.deadLetters = deadLetters;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return Observability.invocation(context, () -> SqsBatchProcessor.process(batch, message -> {
            StoredEvent event;
            try {
                event = BusEventReader.read(message.getBody());
            } catch (IllegalArgumentException e) {
                LOG.error("message {} parked in the dead-letter queue, never stored: {}", message.getMessageId(), e.getMessage());
                deadLetters.park(message.getBody(), message.getMessageId(), null, e.getMessage());
                return;
            }
            Appended appended = store.append(event);
            LOG.info("{} {} of content {} {} at stream position {}", event.detailType(), event.position(),
                    event.contentId(), appended.duplicate() ? "already stored (duplicate delivery)" : "appended",
                    appended.position());
        }));
    }
}

package media.polyglot.audit;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import media.polyglot.common.AwsClients;
import media.polyglot.common.Environment;
import media.polyglot.common.Observability;
import media.polyglot.common.SqsBatchProcessor;
import media.polyglot.events.wiring.FunctionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends every {@code polyglot.*} event its queue delivers to the event store. A message that
 * fails is reported alone, returns to the queue and, after maxReceiveCount, lands in the DLQ.
 */
public final class AppendToEventStoreHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(AppendToEventStoreHandler.class);

    private final EventStore store;

    public AppendToEventStoreHandler() {
        this.store = new EventStore(AwsClients.dynamoDb(),
                Environment.ofProcess().require(FunctionEnvironment.EVENT_STORE_TABLE));
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return Observability.invocation(context, () -> SqsBatchProcessor.process(batch, message -> {
            StoredEvent event = BusEventReader.read(message.getBody());
            boolean stored = store.append(event);
            LOG.info("{} {} of content {} {}", event.detailType(), event.position(), event.contentId(),
                    stored ? "appended" : "already stored (duplicate delivery)");
        }));
    }
}

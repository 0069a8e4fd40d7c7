package media.polyglot.publishing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import media.polyglot.common.AwsClients;
import media.polyglot.common.BusEvent;
import media.polyglot.common.DeadLetters;
import media.polyglot.common.Environment;
import media.polyglot.common.FunctionSettings;
import media.polyglot.common.InvalidEventException;
import media.polyglot.common.Observability;
import media.polyglot.common.SqsBatchProcessor;
import media.polyglot.events.ContractValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Puts publishing's events in order per content item. An EventBridge rule can give a FIFO queue target
 * only a fixed message group (SqsParameters.MessageGroupId takes no input path), which would serialize
 * every item behind one group; so the rule fills a standard queue and this relay moves each event to the
 * FIFO queue with the content id as message group and the event id as deduplication id.
 */
public final class SequenceByContentHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(SequenceByContentHandler.class);

    private final ContractValidator validator = new ContractValidator();
    private final SqsClient sqs = AwsClients.sqs();
    private final String fifoQueueUrl;
    private final DeadLetters deadLetters;

    public SequenceByContentHandler() {
        Environment environment = Environment.ofProcess();
        this.fifoQueueUrl = environment.require(FunctionSettings.PUBLISHING_FIFO_QUEUE_URL);
        this.deadLetters = new DeadLetters(sqs, environment.require(FunctionSettings.DEAD_LETTER_QUEUE_URL),
                environment.require(FunctionSettings.CONSUMER_NAME));
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return Observability.invocation(context, () -> SqsBatchProcessor.process(batch, message -> {
            BusEvent event;
            try {
                event = BusEvent.parse(message.getBody(), validator);
            } catch (InvalidEventException e) {
                LOG.error("message {} parked in the dead-letter queue: {}", message.getMessageId(), e.getMessage());
                deadLetters.park(message.getBody(), message.getMessageId(), null, e.getMessage());
                return;
            }
            String contentId = event.detail().path("data").path("contentId").asText();
            sqs.sendMessage(m -> m.queueUrl(fifoQueueUrl).messageBody(message.getBody())
                    .messageGroupId(contentId).messageDeduplicationId(event.metadata().eventId()));
        }));
    }
}

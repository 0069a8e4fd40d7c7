package media.polyglot.partner.consumer;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.events.Envelope;
import media.polyglot.events.EventJson;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The base of a partner's handler of Polyglot events: the Lambda function behind the partner kit's subscription
 * (rule → SQS queue → function, with partial batch responses). Extend it naming the record of the events you
 * handle, and write {@link #handle}:
 *
 * <pre>{@code
 * public final class TranslationRequestedHandler extends PolyglotConsumer<TranslationRequested> {
 *     protected void handle(Envelope<TranslationRequested> event) { ... }
 * }
 * }</pre>
 *
 * Each record is read and checked against its contract first ({@link IncomingEvents}). One that can never be
 * handled — not an EventBridge event, a detail-type without a contract or of another record, a detail breaking
 * its schema — is parked at once in the subscription's dead-letter queue with the reason as the message
 * attribute {@code reason}, where it waits for a fix and a redrive. One whose {@code handle} throws is reported
 * failed (ReportBatchItemFailures): it returns to the queue alone and reaches the dead-letter queue after the
 * queue's maxReceiveCount. Delivery is at least once: make {@code handle} idempotent on {@code metadata.eventId}.
 *
 * @param <T> the record of the events handled; {@code Record} to take several detail-types
 */
public abstract class PolyglotConsumer<T extends Record> implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final IncomingEvents<T> incoming;
    private final DeadLetterQueue deadLetters;

    /** As Lambda builds it: the dead-letter queue from {@value ConsumerSettings#DEAD_LETTER_QUEUE_URL}. */
    protected PolyglotConsumer() {
        this(SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                System.getenv(ConsumerSettings.DEAD_LETTER_QUEUE_URL));
    }

    /**
     * @param sqs                the client that parks events
     * @param deadLetterQueueUrl where to park them; null to report them failed instead (they then reach the
     *                           dead-letter queue after maxReceiveCount, without the reason)
     */
    protected PolyglotConsumer(SqsClient sqs, String deadLetterQueueUrl) {
        Class<T> handled = handledType();
        this.incoming = new IncomingEvents<>(handled);
        this.deadLetters = deadLetterQueueUrl == null ? null : new DeadLetterQueue(sqs, deadLetterQueueUrl, getClass().getName());
    }

    /** Handles one event; throw to have it delivered again. */
    protected abstract void handle(Envelope<T> event);

    @Override
    public final SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : batch.getRecords()) {
            if (!handled(message, context)) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    /** Whether the message is done with: handled, or parked with its reason. */
    private boolean handled(SQSEvent.SQSMessage message, Context context) {
        IncomingEvents.Read<T> read = incoming.read(message.getBody());
        if (read.refusal() != null) {
            log(context, "parked", message.getMessageId(), read.refusal());
            if (deadLetters == null) {
                return false;
            }
            try {
                deadLetters.park(message.getBody(), read.refusal());
                return true;
            } catch (RuntimeException e) {
                log(context, "park-failed", message.getMessageId(), e.toString());
                return false;
            }
        }
        try {
            handle(read.event());
            return true;
        } catch (RuntimeException e) {
            log(context, "failed", message.getMessageId(), e.toString());
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private Class<T> handledType() {
        return (Class<T>) HandledType.of(getClass());
    }

    private static void log(Context context, String outcome, String messageId, String reason) {
        String line = "{\"outcome\":\"" + outcome + "\",\"messageId\":\"" + messageId + "\",\"reason\":"
                + EventJson.mapper().valueToTree(reason) + "}";
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line + "\n");
        } else {
            System.err.println(line);
        }
    }
}

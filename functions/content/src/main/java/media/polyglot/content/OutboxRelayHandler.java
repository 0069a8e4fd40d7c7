package media.polyglot.content;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.util.ArrayList;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import media.polyglot.common.AwsClients;
import media.polyglot.common.Environment;
import media.polyglot.common.EventPublisher;
import media.polyglot.common.Observability;
import media.polyglot.common.OutgoingEvent;
import media.polyglot.common.PublishFailedException;
import media.polyglot.events.ContractValidator;
import media.polyglot.events.UnknownEventTypeException;
import media.polyglot.events.wiring.FunctionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transactional outbox's relay: reads new outbox rows from the table's stream and puts them
 * on the bus. A row that breaks its contract is parked in the relay's dead-letter queue with the
 * reason and never published; if the bus refuses events, the batch is reported failed from its
 * first record (the checkpoint), so the stream retries it and nothing is lost.
 */
public final class OutboxRelayHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayHandler.class);

    private final ContractValidator validator = new ContractValidator();
    private final EventPublisher publisher;
    private final RelayDeadLetters deadLetters;

    public OutboxRelayHandler() {
        Environment environment = Environment.ofProcess();
        this.publisher = EventPublisher.create(AwsClients.eventBridge(),
                environment.require(FunctionEnvironment.EVENT_BUS_NAME));
        this.deadLetters = new RelayDeadLetters(AwsClients.sqs(),
                environment.require(FunctionEnvironment.RELAY_DEAD_LETTER_QUEUE_URL));
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent batch, Context context) {
        return Observability.invocation(context, () -> relay(batch));
    }

    private StreamsEventResponse relay(DynamodbEvent batch) {
        List<OutgoingEvent> publishable = new ArrayList<>();
        for (DynamodbStreamRecord record : batch.getRecords()) {
            if ("INSERT".equals(record.getEventName())) {
                publishableEvent(record).ifPresent(publishable::add);
            }
        }
        if (publishable.isEmpty()) {
            return new StreamsEventResponse(List.of());
        }
        try {
            publisher.publish(publishable);
            LOG.info("relayed {} event(s) to the bus", publishable.size());
            return new StreamsEventResponse(List.of());
        } catch (PublishFailedException e) {
            String checkpoint = batch.getRecords().get(0).getDynamodb().getSequenceNumber();
            LOG.error("bus refused events; the stream retries from sequence number {}: {}", checkpoint, e.getMessage());
            return new StreamsEventResponse(List.of(new StreamsEventResponse.BatchItemFailure(checkpoint)));
        }
    }

    private Optional<OutgoingEvent> publishableEvent(DynamodbStreamRecord record) {
        Map<String, AttributeValue> image = record.getDynamodb().getNewImage();
        String reason;
        try {
            OutgoingEvent event = OutboxImage.toEvent(image);
            List<String> violations = validator.violations(event.type(), event.detail());
            if (violations.isEmpty()) {
                return Optional.of(event);
            }
            reason = event.type() + " breaks its contract: " + String.join("; ", violations);
        } catch (InvalidOutboxRowException | UnknownEventTypeException | IllegalArgumentException e) {
            reason = e.getMessage();
        }
        LOG.error("outbox row parked in the relay dead-letter queue, never published: {}", reason);
        deadLetters.park(OutboxImage.describe(image), reason);
        return Optional.empty();
    }
}

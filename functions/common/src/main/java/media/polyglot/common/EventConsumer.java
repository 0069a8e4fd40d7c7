package media.polyglot.common;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import media.polyglot.events.ContractValidator;
import media.polyglot.events.EventJson;
import media.polyglot.events.wiring.FunctionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery rules every subscriber follows, around its {@link EventHandler}. For each message of a
 * batch: read and check the event against its contract; admit it past the storm guard; claim it in the
 * idempotency table (consumer and event id), run the handler and publish what it emits, then record the
 * ids published. A message that can never be handled (malformed, breaking its contract, too deep in its
 * causation chain, an event id reused for another payload) is parked at once in the subscription's
 * dead-letter queue with its reason; any other failure returns that message alone to its queue.
 */
public final class EventConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(EventConsumer.class);
    private static final int MAX_KEY_BYTES = 2048;

    private final String name;
    private final ContractValidator validator;
    private final CausationLedger ledger;
    private final IdempotencyGuard guard;
    private final DeadLetters deadLetters;
    private final EventPublisher publisher;

    public EventConsumer(String name, ContractValidator validator, CausationLedger ledger, IdempotencyGuard guard,
                         DeadLetters deadLetters, EventPublisher publisher) {
        this.name = name;
        this.validator = validator;
        this.ledger = ledger;
        this.guard = guard;
        this.deadLetters = deadLetters;
        this.publisher = publisher;
    }

    /** The consumer infra configured: its name, tables, dead-letter queue and the bus. */
    public static EventConsumer fromEnvironment(Environment environment) {
        String name = environment.require(FunctionSettings.CONSUMER_NAME);
        return new EventConsumer(name, new ContractValidator(),
                new CausationLedger(AwsClients.dynamoDb(), environment.require(FunctionSettings.CAUSATION_TABLE),
                        environment.requireInt(FunctionSettings.MAX_CAUSATION_DEPTH), java.time.Clock.systemUTC()),
                IdempotencyGuard.create(AwsClients.dynamoDb(), environment.require(FunctionSettings.IDEMPOTENCY_TABLE)),
                new DeadLetters(AwsClients.sqs(), environment.require(FunctionSettings.DEAD_LETTER_QUEUE_URL), name),
                EventPublisher.create(AwsClients.eventBridge(), environment.require(FunctionEnvironment.EVENT_BUS_NAME)));
    }

    /** A batch from a standard queue: each message succeeds or fails alone. */
    public SQSBatchResponse consume(SQSEvent batch, Instant deadline, EventHandler handler) {
        return SqsBatchProcessor.process(batch, message -> consumeOne(message, deadline, handler));
    }

    /** A batch from a FIFO queue: the first failure fails the rest, so order holds. */
    public SQSBatchResponse consumeInOrder(SQSEvent batch, Instant deadline, EventHandler handler) {
        return SqsBatchProcessor.processInOrder(batch, message -> consumeOne(message, deadline, handler));
    }

    private void consumeOne(SQSMessage message, Instant deadline, EventHandler handler) {
        BusEvent event;
        try {
            event = BusEvent.parse(message.getBody(), validator);
        } catch (InvalidEventException e) {
            park(message, e);
            return;
        }
        try (Observability.EventScope scope = Observability.event(event.metadata(), event.type())) {
            try {
                String key = name + "#" + event.metadata().eventId();
                requireKeySize(key);
                ledger.admit(event.metadata());
                String published = guard.execute(key, event.payloadHash(), deadline, () -> {
                    List<OutgoingEvent> emitted = handler.handle(event);
                    publisher.publish(emitted);
                    Observability.count("EventsHandled");
                    return EventJson.mapper().valueToTree(emitted.stream().map(OutgoingEvent::eventId).toList()).toString();
                });
                LOG.info("{} from {} handled; published {}", event.type(), event.source(), published);
            } catch (InvalidEventException | EventStormException | IdempotencyKeyReusedException e) {
                park(message, e);
            }
        }
    }

    /** The idempotency key (and the ledger's, the eventId) is a DynamoDB partition key: at most 2,048 bytes. */
    private static void requireKeySize(String key) {
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_KEY_BYTES) {
            throw new InvalidEventException("metadata.eventId is too long: its idempotency key has " + bytes
                    + " bytes, DynamoDB allows " + MAX_KEY_BYTES + " in a partition key");
        }
    }

    private void park(SQSMessage message, RuntimeException reason) {
        LOG.error("message {} parked in the dead-letter queue, never handled: {}", message.getMessageId(), reason.getMessage());
        Observability.count("EventsParked");
        String group = message.getAttributes() == null ? null : message.getAttributes().get("MessageGroupId");
        deadLetters.park(message.getBody(), message.getMessageId(), group, reason.getMessage());
    }
}

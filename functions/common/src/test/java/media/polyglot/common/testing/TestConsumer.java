package media.polyglot.common.testing;

import java.time.Clock;
import media.polyglot.common.CausationLedger;
import media.polyglot.common.DeadLetters;
import media.polyglot.common.EventConsumer;
import media.polyglot.common.EventPublisher;
import media.polyglot.common.IdempotencyGuard;
import media.polyglot.events.Bus;
import media.polyglot.events.ContractValidator;

/**
 * A consumer pipeline as infra configures one, on the local runtime: its own idempotency table, causation
 * ledger and dead-letter queue (all named after the consumer), publishing to a bus.
 *
 * @param consumer      the pipeline a handler runs in
 * @param deadLetterUrl the dead-letter queue where it parks what it must never handle
 */
public record TestConsumer(EventConsumer consumer, String deadLetterUrl) {

    /** How deep a causation chain may grow; deep enough for any flow of ours. */
    public static final int MAX_CAUSATION_DEPTH = 16;

    /** The consumer {@code name}, publishing to the bus {@code polyglot}. */
    public static TestConsumer create(LocalAws aws, String name) {
        return create(aws, name, Bus.NAME);
    }

    /** The consumer {@code name}, publishing to {@code busName} (one that does not exist makes every publish fail). */
    public static TestConsumer create(LocalAws aws, String name, String busName) {
        String idempotency = aws.createTable(name + "-idempotency", "id", null);
        String causation = aws.createTable(name + "-causation", "eventId", null);
        String deadLetterUrl = aws.createQueue(name + "-dlq");
        return new TestConsumer(new EventConsumer(name, new ContractValidator(),
                new CausationLedger(aws.dynamoDb(), causation, MAX_CAUSATION_DEPTH, Clock.systemUTC()),
                IdempotencyGuard.create(aws.dynamoDb(), idempotency),
                new DeadLetters(aws.sqs(), deadLetterUrl, name),
                EventPublisher.create(aws.eventBridge(), busName)), deadLetterUrl);
    }
}

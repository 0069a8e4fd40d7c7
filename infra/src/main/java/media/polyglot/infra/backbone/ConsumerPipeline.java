package media.polyglot.infra.backbone;

import java.util.Objects;
import media.polyglot.common.FunctionSettings;
import media.polyglot.events.wiring.FunctionEnvironment;
import media.polyglot.infra.common.ServiceProps;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.lambda.Function;

/**
 * Gives a function what functions/common's event consumer reads from its environment, and nothing more: its
 * consumer name and idempotency table, the backbone's causation ledger and depth bound, and the bus, which
 * it may put events on only if it emits any. Its dead-letter queue comes from its {@link Subscription}.
 */
public final class ConsumerPipeline {

    /**
     * The deepest causation chain consumers admit. The longest flow of ours, a submission to the readers'
     * notice with each language declined twice before it is translated, is about a dozen hops.
     */
    public static final int MAX_CAUSATION_DEPTH = 16;

    private ConsumerPipeline() {
    }

    /**
     * @param consumer         the function
     * @param service          the backbone it consumes from
     * @param consumerName     the first half of its idempotency keys, unique on the bus
     * @param idempotencyTable its context's idempotency table
     * @param emitsEvents      whether the handler returns events to publish
     */
    public static void attach(Function consumer, ServiceProps service, String consumerName, ITable idempotencyTable,
                              boolean emitsEvents) {
        Objects.requireNonNull(consumerName, "consumerName");
        consumer.addEnvironment(FunctionSettings.CONSUMER_NAME, consumerName);
        consumer.addEnvironment(FunctionSettings.IDEMPOTENCY_TABLE, idempotencyTable.getTableName());
        consumer.addEnvironment(FunctionSettings.CAUSATION_TABLE, service.causationLedger().getTableName());
        consumer.addEnvironment(FunctionSettings.MAX_CAUSATION_DEPTH, Integer.toString(MAX_CAUSATION_DEPTH));
        consumer.addEnvironment(FunctionEnvironment.EVENT_BUS_NAME, service.bus().getEventBusName());
        // The guard claims, reads, completes and releases its records.
        idempotencyTable.grant(consumer, "dynamodb:PutItem", "dynamodb:GetItem", "dynamodb:UpdateItem",
                "dynamodb:DeleteItem");
        // The ledger reads the cause's depth and records the event's.
        service.causationLedger().grant(consumer, "dynamodb:GetItem", "dynamodb:PutItem");
        if (emitsEvents) {
            service.bus().grantPutEventsTo(consumer);
        }
    }
}

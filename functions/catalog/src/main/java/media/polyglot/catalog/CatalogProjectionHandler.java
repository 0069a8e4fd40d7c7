package media.polyglot.catalog;

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

/**
 * Keeps the catalog up to date from every content lifecycle event its queue delivers. The projection is
 * idempotent by itself, so it needs no idempotency records, and a rebuild (audit's, which invokes this
 * function with the stored events in the same shape) replays events already applied without harm. A rebuild
 * replays the whole store, so an event of a type the catalog does not project is passed over; the subscription's
 * rule never delivers one. A message that is no event of a known contract is parked with the reason.
 */
public final class CatalogProjectionHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogProjectionHandler.class);

    private final ContractValidator validator = new ContractValidator();
    private final CatalogUpdater updater;
    private final DeadLetters deadLetters;

    public CatalogProjectionHandler() {
        Environment environment = Environment.ofProcess();
        this.updater = new CatalogUpdater(new CatalogStore(AwsClients.dynamoDb(),
                environment.require(FunctionSettings.CATALOG_TABLE), environment.require(FunctionSettings.CATALOG_LANGUAGE_TABLE)));
        this.deadLetters = new DeadLetters(AwsClients.sqs(), environment.require(FunctionSettings.DEAD_LETTER_QUEUE_URL),
                environment.require(FunctionSettings.CONSUMER_NAME));
    }

    CatalogProjectionHandler(CatalogUpdater updater, DeadLetters deadLetters) {
        this.updater = updater;
        this.deadLetters = deadLetters;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return Observability.invocation(context, () -> SqsBatchProcessor.process(batch, message -> {
            try {
                BusEvent event = BusEvent.parse(message.getBody(), validator);
                try (Observability.EventScope scope = Observability.event(event.metadata(), event.type())) {
                    if (!CatalogProjection.projects(event.type())) {
                        LOG.info("{} passed over: the catalog does not project it", event.type());
                        return;
                    }
                    boolean changed = updater.apply(event);
                    LOG.info("{} {}", event.type(), changed ? "applied to the catalog" : "changed nothing (duplicate or stale)");
                }
            } catch (InvalidEventException e) {
                LOG.error("message {} parked in the dead-letter queue: {}", message.getMessageId(), e.getMessage());
                deadLetters.park(message.getBody(), message.getMessageId(), null, e.getMessage());
            }
        }));
    }
}

package media.polyglot.publishing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import media.polyglot.common.AwsClients;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.Environment;
import media.polyglot.common.EventConsumer;
import media.polyglot.common.EventPublisher;
import media.polyglot.common.FunctionSettings;
import media.polyglot.common.Observability;
import media.polyglot.events.wiring.FunctionEnvironment;

/** The process manager on its FIFO queue: one message group per content item, so each item's events come in order. */
public final class PublishingProcessHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final EventConsumer consumer;
    private final PublishingProcess process;

    public PublishingProcessHandler() {
        Environment environment = Environment.ofProcess();
        this.consumer = EventConsumer.fromEnvironment(environment);
        this.process = new PublishingProcess(
                new PublicationRules(EnvelopeFactory.forProducer("publishing"),
                        environment.require(FunctionSettings.SITE_URL), Clock.systemUTC()),
                new PublicationStore(AwsClients.dynamoDb(), environment.require(FunctionSettings.PUBLICATIONS_TABLE)),
                EventPublisher.create(AwsClients.eventBridge(), environment.require(FunctionEnvironment.EVENT_BUS_NAME)),
                PublishingProcessHandler::recordFlowLatency);
    }

    // An EMF metric, flushed with the invocation; the dashboard graphs it (infra's FlowDashboard).
    static void recordFlowLatency(Duration latency) {
        Observability.milliseconds(Observability.FLOW_LATENCY, latency);
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        Instant deadline = Instant.now().plusMillis(context.getRemainingTimeInMillis());
        return Observability.invocation(context, () -> consumer.consumeInOrder(batch, deadline, process::handle));
    }
}

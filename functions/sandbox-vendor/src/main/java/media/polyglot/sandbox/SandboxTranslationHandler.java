package media.polyglot.sandbox;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Instant;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.Environment;
import media.polyglot.common.EventConsumer;
import media.polyglot.common.FunctionSettings;
import media.polyglot.common.Observability;

/** The sandbox vendor's subscription to TranslationRequested; it "works" for the configured delay per request. */
public final class SandboxTranslationHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final EventConsumer consumer;
    private final SandboxVendor vendor;
    private final long delayMillis;

    public SandboxTranslationHandler() {
        Environment environment = Environment.ofProcess();
        this.consumer = EventConsumer.fromEnvironment(environment);
        this.vendor = new SandboxVendor(environment.requireInt(FunctionSettings.SANDBOX_DECLINE_PERCENT),
                EnvelopeFactory.forProducer("sandbox-vendor"));
        this.delayMillis = environment.requireInt(FunctionSettings.SANDBOX_DELAY_MILLIS);
    }

    SandboxTranslationHandler(EventConsumer consumer, SandboxVendor vendor, long delayMillis) {
        this.consumer = consumer;
        this.vendor = vendor;
        this.delayMillis = delayMillis;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        Instant deadline = Instant.now().plusMillis(context.getRemainingTimeInMillis());
        return Observability.invocation(context, () -> consumer.consume(batch, deadline, event -> {
            work();
            return vendor.answer(event);
        }));
    }

    private void work() {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while translating", e);
        }
    }
}

package media.polyglot.localization;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Clock;
import java.time.Instant;
import media.polyglot.common.AwsClients;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.Environment;
import media.polyglot.common.EventConsumer;
import media.polyglot.common.FunctionSettings;
import media.polyglot.common.Observability;

/** Localization's subscription: ContentApproved from moderation, TranslationDelivered/Declined from vendors. */
public final class LocalizeContentHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final EventConsumer consumer;
    private final Localization localization;

    public LocalizeContentHandler() {
        Environment environment = Environment.ofProcess();
        this.consumer = EventConsumer.fromEnvironment(environment);
        this.localization = new Localization(
                new TranslationPlan(environment.requireInt(FunctionSettings.TRANSLATION_ATTEMPTS), Clock.systemUTC()),
                new TranslationTable(AwsClients.dynamoDb(), environment.require(FunctionSettings.TRANSLATIONS_TABLE)),
                EnvelopeFactory.forProducer("localization"));
    }

    LocalizeContentHandler(EventConsumer consumer, Localization localization) {
        this.consumer = consumer;
        this.localization = localization;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        Instant deadline = Instant.now().plusMillis(context.getRemainingTimeInMillis());
        return Observability.invocation(context, () -> consumer.consume(batch, deadline, localization::handle));
    }
}

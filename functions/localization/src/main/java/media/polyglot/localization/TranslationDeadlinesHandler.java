package media.polyglot.localization;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;
import java.time.Instant;
import media.polyglot.common.AwsClients;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.Environment;
import media.polyglot.common.EventPublisher;
import media.polyglot.common.FunctionSettings;
import media.polyglot.common.Observability;
import media.polyglot.events.wiring.FunctionEnvironment;

/** Localization's sweep of due times, on a schedule: times out what vendors left unanswered ({@link TranslationDeadlines}). */
public final class TranslationDeadlinesHandler implements RequestHandler<ScheduledEvent, Integer> {

    private final TranslationDeadlines deadlines;

    public TranslationDeadlinesHandler() {
        Environment environment = Environment.ofProcess();
        this.deadlines = new TranslationDeadlines(
                new TranslationPlan(environment.requireInt(FunctionSettings.TRANSLATION_ATTEMPTS), Clock.systemUTC()),
                new TranslationTable(AwsClients.dynamoDb(), environment.require(FunctionSettings.TRANSLATIONS_TABLE)),
                EnvelopeFactory.forProducer("localization"),
                EventPublisher.create(AwsClients.eventBridge(), environment.require(FunctionEnvironment.EVENT_BUS_NAME)));
    }

    TranslationDeadlinesHandler(TranslationDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public Integer handleRequest(ScheduledEvent schedule, Context context) {
        return Observability.invocation(context, () -> deadlines.sweep(Instant.now()));
    }
}

package media.polyglot.partner.cdk;

import java.util.List;
import java.util.Map;
import media.polyglot.events.Bus;
import media.polyglot.partner.consumer.ConsumerSettings;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.events.Match;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.SqsQueue;
import software.amazon.awscdk.services.events.targets.SqsQueueProps;
import software.amazon.awscdk.services.iam.AccountPrincipal;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * A partner account's subscription to Polyglot events, in one call: an event bus that accepts the Polyglot
 * account's deliveries (its resource policy names that account), or another subscription's, a rule on it for the detail-types asked for
 * (and a pattern on their data fields), an SQS buffer queue with a dead-letter queue (both encrypted, TLS only),
 * the handler's function fed by the queue with partial batch responses, and alarms on the dead-letter queue's
 * depth and the age of the buffer's oldest message. Everything is checked at synth against the event catalog.
 *
 * <pre>{@code
 * new PolyglotSubscription(this, "TranslationRequests", SubscriptionProps.builder()
 *         .polyglotAccount("123456789012")
 *         .detailTypes(List.of("TranslationRequested"))
 *         .handler(Handler.typed(Code.fromAsset("handler.jar"), TranslationRequestedHandler.class))
 *         .build());
 * }</pre>
 */
public final class PolyglotSubscription extends Construct {

    private final IEventBus bus;
    private final Rule rule;
    private final Queue queue;
    private final Queue deadLetterQueue;
    private final Function function;
    private final Alarm deadLetterAlarm;
    private final Alarm oldestMessageAlarm;

    public PolyglotSubscription(Construct scope, String id, SubscriptionProps props) {
        super(scope, id);
        this.bus = props.bus() == null ? deliveriesBus(props) : props.bus();

        this.deadLetterQueue = queue("DeadLetterQueue").retentionPeriod(Duration.days(14)).build();
        this.queue = queue("Queue")
                .visibilityTimeout(Duration.seconds(props.timeout().toSeconds().longValue() * SubscriptionProps.VISIBILITY_PER_TIMEOUT))
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetterQueue).maxReceiveCount(props.maxReceiveCount()).build())
                .build();

        this.rule = Rule.Builder.create(this, "Rule")
                .eventBus(bus)
                .description("Polyglot's " + String.join(", ", props.events().detailTypes()))
                .eventPattern(pattern(props))
                .build();
        // EventBridge retries a failed delivery to the queue for an hour, then parks the event in the DLQ.
        rule.addTarget(new SqsQueue(queue, SqsQueueProps.builder()
                .deadLetterQueue(deadLetterQueue)
                .retryAttempts(8)
                .maxEventAge(Duration.hours(1))
                .build()));

        this.function = Function.Builder.create(this, "Function")
                .runtime(Runtime.JAVA_21)
                .memorySize(props.memorySize())
                .timeout(props.timeout())
                .code(props.handler().code())
                .handler(props.handler().handler())
                .environment(Map.of(ConsumerSettings.DEAD_LETTER_QUEUE_URL, deadLetterQueue.getQueueUrl()))
                .build();
        deadLetterQueue.grantSendMessages(function);
        function.addEventSource(new SqsEventSource(queue, SqsEventSourceProps.builder()
                .batchSize(10)
                // Only the records the handler names failed go back to the queue, not the whole batch.
                .reportBatchItemFailures(true)
                .build()));

        this.deadLetterAlarm = SubscriptionAlarms.deadLetterDepth(this, deadLetterQueue);
        this.oldestMessageAlarm = SubscriptionAlarms.oldestMessageAge(this, queue, props.maxMessageAge());
    }

    private EventBus deliveriesBus(SubscriptionProps props) {
        EventBus created = EventBus.Builder.create(this, "Bus").eventBusName(props.busName()).build();
        // Polyglot's rule delivers to this bus from its own account; a cross-account bus target needs the receiving
        // bus's policy to allow that account. https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cross-account.html
        created.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("PolyglotDelivers")
                .effect(Effect.ALLOW)
                .principals(List.of(new AccountPrincipal(props.polyglotAccount())))
                .actions(List.of("events:PutEvents"))
                .resources(List.of(created.getEventBusArn()))
                .build());
        return created;
    }

    // Only Polyglot's own events, from Polyglot's account: a partner's event put on Polyglot's bus is not forwarded.
    private static EventPattern pattern(SubscriptionProps props) {
        EventPattern.Builder pattern = EventPattern.builder()
                .source(Match.prefix(Bus.SOURCE_PREFIX))
                .account(List.of(props.polyglotAccount()))
                .detailType(props.events().detailTypes());
        if (!props.events().dataPattern().isEmpty()) {
            pattern.detail(Map.of("data", props.events().dataPattern()));
        }
        return pattern.build();
    }

    private Queue.Builder queue(String id) {
        return Queue.Builder.create(this, id).encryption(QueueEncryption.SQS_MANAGED).enforceSsl(true);
    }

    /** The bus Polyglot delivers to: pass it to another subscription's {@code bus} to receive more there. */
    public IEventBus bus() {
        return bus;
    }

    public Rule rule() {
        return rule;
    }

    /** The buffer between the rule and the function. */
    public Queue queue() {
        return queue;
    }

    /** Where undeliverable, failed and parked events wait for a redrive. */
    public Queue deadLetterQueue() {
        return deadLetterQueue;
    }

    public Function function() {
        return function;
    }

    /** Fires as soon as the dead-letter queue holds a message; add an action to be told. */
    public Alarm deadLetterAlarm() {
        return deadLetterAlarm;
    }

    /** Fires when the buffer's oldest message is older than the props' maxMessageAge. */
    public Alarm oldestMessageAlarm() {
        return oldestMessageAlarm;
    }
}

package media.polyglot.infra.backbone;

import java.util.List;
import java.util.Objects;
import media.polyglot.common.FunctionSettings;
import media.polyglot.infra.common.Queues;
import media.polyglot.infra.observability.Alarms;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.SqsQueue;
import software.amazon.awscdk.services.events.targets.SqsQueueProps;
import software.amazon.awscdk.services.lambda.CfnFunction;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * How a function consumes events from the bus: rule → SQS queue (the buffer) → function. Nothing is lost on
 * the way: events the rule cannot deliver, messages the function keeps failing, and messages the function
 * itself parks because it can never handle them (malformed, breaking their contract, part of a storm) all
 * land in one dead-letter queue, from which they can be redriven after a fix. A function has one
 * subscription: its dead-letter queue's URL is the function's {@value FunctionSettings#DEAD_LETTER_QUEUE_URL}.
 */
public final class Subscription extends Construct {

    // How often a message is received (and failed) before SQS moves it to the dead-letter queue.
    static final int MAX_RECEIVE_COUNT = 5;

    // AWS advises a visibility timeout of at least six times the function timeout: the slack lets Lambda
    // retry a batch whose invocation was throttled before its messages become visible again.
    // https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html
    static final int VISIBILITY_TIMEOUT_PER_FUNCTION_TIMEOUT = 6;

    /**
     * @param bus            the bus the rule listens on
     * @param pattern        the events this subscription receives
     * @param consumer       the function that handles them, idempotently (delivery is at least once)
     * @param concurrency    how many instances of the consumer may run at once (2 to 1000, SQS mappings' range)
     */
    public record Props(IEventBus bus, EventPattern pattern, Function consumer, int concurrency) {
        public Props {
            Objects.requireNonNull(bus, "bus");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(consumer, "consumer");
            Objects.requireNonNull(consumer.getTimeout(), "consumer timeout (the queue's visibility timeout derives from it)");
            if (concurrency < 2 || concurrency > 1000) {
                throw new IllegalArgumentException("an SQS event source's maximum concurrency is 2 to 1000, was "
                        + concurrency);
            }
        }
    }

    private final Queue queue;
    private final Queue deadLetterQueue;
    private final Rule rule;
    private final List<String> detailTypes;

    public Subscription(Construct scope, String id, Props props) {
        super(scope, id);
        this.deadLetterQueue = Queues.deadLetterQueue(this, "DeadLetterQueue");
        this.queue = Queues.builder(this, "Queue")
                .visibilityTimeout(visibilityTimeoutFor(props.consumer()))
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetterQueue).maxReceiveCount(MAX_RECEIVE_COUNT).build())
                .build();

        this.rule = Rule.Builder.create(this, "Rule")
                .eventBus(props.bus())
                .eventPattern(props.pattern())
                .build();
        // EventBridge retries a failed delivery to the queue (throttling, a policy change) with backoff,
        // then parks the event in the dead-letter queue instead of dropping it.
        rule.addTarget(new SqsQueue(queue, SqsQueueProps.builder()
                .deadLetterQueue(deadLetterQueue)
                .maxEventAge(Duration.hours(1))
                .retryAttempts(8)
                .build()));

        this.detailTypes = props.pattern().getDetailType() == null ? List.of() : List.copyOf(props.pattern().getDetailType());
        limitConcurrency(props.consumer(), props.concurrency());
        props.consumer().addEventSource(new SqsEventSource(queue, SqsEventSourceProps.builder()
                // Up to ten per invocation, with no batching window: an event is handled as soon as it arrives, since
                // a flow crosses several subscriptions and responsiveness comes first; under load the poller's
                // receives return full batches anyway.
                .batchSize(10)
                // The handler names the failed messages: only those return to the queue, not the whole batch.
                .reportBatchItemFailures(true)
                // As many as are reserved: the poller invoking more would only be throttled.
                .maxConcurrency(props.concurrency())
                .build()));
        // The consumer parks what it can never handle itself, with the reason, instead of failing it five times.
        props.consumer().addEnvironment(FunctionSettings.DEAD_LETTER_QUEUE_URL, deadLetterQueue.getQueueUrl());
        deadLetterQueue.grantSendMessages(props.consumer());
        // The dead-letter queue's depth alarm comes with it (Queues); a queue whose oldest message ages is a stuck consumer.
        Alarms.oldestMessageAge(this, "QueueAgeAlarm", queue);
    }

    /**
     * Reserves {@code concurrency} instances for a consumer: a storm (a loop the causation guard has not cut yet, a
     * flood from a partner) cannot take the capacity of the account's other functions, nor can they take its. Its
     * queue's maximum concurrency must not exceed this, or the poller's invocations are throttled.
     * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html
     */
    public static void limitConcurrency(Function consumer, int concurrency) {
        ((CfnFunction) consumer.getNode().getDefaultChild()).setReservedConcurrentExecutions(concurrency);
    }

    /** Six times the function's timeout, as AWS advises for a queue feeding a function. */
    public static Duration visibilityTimeoutFor(Function consumer) {
        return Duration.seconds(consumer.getTimeout().toSeconds().longValue() * VISIBILITY_TIMEOUT_PER_FUNCTION_TIMEOUT);
    }

    /** The rule that fills the buffer. */
    public Rule rule() {
        return rule;
    }

    /** The detail-types the rule matches, as its pattern names them (empty when it matches on something else). */
    public List<String> detailTypes() {
        return detailTypes;
    }

    /** The buffer the rule fills. */
    public IQueue queue() {
        return queue;
    }

    /** Where undeliverable, failed and parked messages go. */
    public IQueue deadLetterQueue() {
        return deadLetterQueue;
    }
}

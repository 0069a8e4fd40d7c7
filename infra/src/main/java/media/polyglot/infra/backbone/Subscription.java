package media.polyglot.infra.backbone;

import java.util.Objects;
import media.polyglot.infra.common.Queues;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.SqsQueue;
import software.amazon.awscdk.services.events.targets.SqsQueueProps;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * How a function consumes events from the bus: rule → SQS queue (the buffer) → function. Nothing is lost on
 * the way: events the rule cannot deliver and messages the function keeps failing both land in one
 * dead-letter queue, from which they can be redriven after a fix.
 */
public final class Subscription extends Construct {

    // How often a message is received (and failed) before SQS moves it to the dead-letter queue.
    private static final int MAX_RECEIVE_COUNT = 5;

    // AWS advises a visibility timeout of at least six times the function timeout: the slack lets Lambda
    // retry a batch whose invocation was throttled before its messages become visible again.
    // https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html
    private static final int VISIBILITY_TIMEOUT_PER_FUNCTION_TIMEOUT = 6;

    /**
     * @param bus      the bus the rule listens on
     * @param pattern  the events this subscription receives
     * @param consumer the function that handles them, idempotently (delivery is at least once)
     */
    public record Props(IEventBus bus, EventPattern pattern, Function consumer) {
        public Props {
            Objects.requireNonNull(bus, "bus");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(consumer, "consumer");
            Objects.requireNonNull(consumer.getTimeout(), "consumer timeout (the queue's visibility timeout derives from it)");
        }
    }

    public Subscription(Construct scope, String id, Props props) {
        super(scope, id);
        Queue deadLetterQueue = Queues.deadLetterQueue(this, "DeadLetterQueue");
        Queue queue = Queues.builder(this, "Queue")
                .visibilityTimeout(Duration.seconds(
                        props.consumer().getTimeout().toSeconds().longValue() * VISIBILITY_TIMEOUT_PER_FUNCTION_TIMEOUT))
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetterQueue).maxReceiveCount(MAX_RECEIVE_COUNT).build())
                .build();

        Rule rule = Rule.Builder.create(this, "Rule")
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

        props.consumer().addEventSource(new SqsEventSource(queue, SqsEventSourceProps.builder()
                // Up to ten per invocation, with no batching window: an event is handled as soon as it arrives, since
                // a flow crosses several subscriptions and responsiveness comes first; under load the poller's
                // receives return full batches anyway.
                .batchSize(10)
                // The handler names the failed messages: only those return to the queue, not the whole batch.
                .reportBatchItemFailures(true)
                .build()));
    }
}

package media.polyglot.infra.notifications;

import java.util.List;
import java.util.Map;
import media.polyglot.common.FunctionSettings;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.Sources;
import media.polyglot.infra.backbone.ConsumerPipeline;
import media.polyglot.infra.backbone.Subscription;
import media.polyglot.infra.common.JavaFunction;
import media.polyglot.infra.common.Queues;
import media.polyglot.infra.common.ServiceProps;
import media.polyglot.infra.common.Tables;
import media.polyglot.infra.common.Topics;
import media.polyglot.infra.observability.Alarms;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.sns.StringConditions;
import software.amazon.awscdk.services.sns.SubscriptionFilter;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.SqsSubscription;
import software.amazon.awscdk.services.sns.subscriptions.SqsSubscriptionProps;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * The notifications context: every edition that goes live or is taken down becomes a message on the readers'
 * SNS topic, with its {@code language}, {@code category} and {@code kind} as message attributes, so each
 * reader subscription filters what it receives. One example subscription ships with the stack: German
 * travel readers, delivered to an SQS queue.
 */
public final class NotificationsService extends Construct {

    // The context's name, tagged on its resources and the first half of its idempotency keys.
    private static final String CONTEXT = "notifications";

    private final Topic readerTopic;
    private final Queue germanTravelReaders;

    public NotificationsService(Construct scope, String id, ServiceProps props) {
        super(scope, id);
        Table idempotency = Tables.idempotency(this, props.removalPolicy());
        // Only the notify function publishes, through its grant, which includes the key's use.
        this.readerTopic = Topics.encrypted(this, "ReaderTopic", "Polyglot Media: editions published and taken down",
                List.of());

        JavaFunction notify = new JavaFunction(this, "NotifyReadersFunction", new JavaFunction.Props(
                CONTEXT, props.jar(), "media.polyglot.notifications.NotifyReadersHandler::handleRequest",
                JavaFunction.DEFAULT_TIMEOUT,
                Map.of(FunctionSettings.READER_TOPIC_ARN, readerTopic.getTopicArn()),
                props.removalPolicy()));
        Topics.grantPublish(readerTopic, notify.function());
        ConsumerPipeline.attach(notify.function(), props, CONTEXT, idempotency, false);
        new Subscription(this, "NotifyReadersSubscription", new Subscription.Props(props.bus(),
                EventPattern.builder()
                        .source(List.of(Sources.PUBLISHING))
                        .detailType(List.of(DetailTypes.CONTENT_PUBLISHED_V2, DetailTypes.CONTENT_UNPUBLISHED))
                        .build(),
                notify.function(), props.concurrency()));

        // One dead-letter queue for both ways a notice can fail: SNS cannot deliver it, or the reader keeps failing it.
        Queue germanTravelDeadLetters = Queues.deadLetterQueue(this, "GermanTravelReadersDeadLetterQueue");
        this.germanTravelReaders = Queues.builder(this, "GermanTravelReadersQueue")
                .deadLetterQueue(DeadLetterQueue.builder().queue(germanTravelDeadLetters).maxReceiveCount(5).build())
                .build();
        // The example reader has no consumer here; the alarm tells its owner notices pile up unread.
        Alarms.oldestMessageAge(this, "GermanTravelReadersQueueAgeAlarm", germanTravelReaders);
        readerTopic.addSubscription(new SqsSubscription(germanTravelReaders, SqsSubscriptionProps.builder()
                // The reader gets the notice itself, its attributes as SQS message attributes.
                .rawMessageDelivery(true)
                .filterPolicy(Map.of(
                        "language", SubscriptionFilter.stringFilter(
                                StringConditions.builder().allowlist(List.of("de")).build()),
                        "category", SubscriptionFilter.stringFilter(
                                StringConditions.builder().allowlist(List.of("travel")).build())))
                .deadLetterQueue(germanTravelDeadLetters)
                .build()));
    }

    /** The topic readers subscribe to. */
    public String readerTopicArn() {
        return readerTopic.getTopicArn();
    }

    /** The example subscription's queue: German editions of travel items. */
    public String germanTravelReadersQueueUrl() {
        return germanTravelReaders.getQueueUrl();
    }
}

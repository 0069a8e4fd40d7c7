package media.polyglot.infra.publishing;

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
import media.polyglot.infra.observability.Alarms;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * The publishing context: the process manager that joins "approved" with "every language settled" and
 * publishes, or takes down what a withdrawal leaves live. Its events must come in order per content item: a
 * rule fills a standard queue, the sequencer moves each event to a FIFO queue with the content id as message
 * group (a rule can only give a FIFO target a fixed group), and the process manager reads the FIFO queue.
 */
public final class PublishingService extends Construct {

    // The context's name, tagged on its resources and the first half of its idempotency keys.
    private static final String CONTEXT = "publishing";

    /** The site whose pages published editions live on. */
    public static final String SITE_URL = "https://polyglot.media";

    public PublishingService(Construct scope, String id, ServiceProps props) {
        super(scope, id);
        Table idempotency = Tables.idempotency(this, props.removalPolicy());
        Table publications = Tables.builder(this, "PublicationsTable", "contentId", props.removalPolicy()).build();

        JavaFunction process = new JavaFunction(this, "PublishingProcessFunction", new JavaFunction.Props(
                CONTEXT, props.jar(), "media.polyglot.publishing.PublishingProcessHandler::handleRequest",
                JavaFunction.DEFAULT_TIMEOUT,
                Map.of(FunctionSettings.PUBLICATIONS_TABLE, publications.getTableName(),
                        FunctionSettings.SITE_URL, SITE_URL),
                props.removalPolicy()));
        publications.grant(process.function(), "dynamodb:GetItem", "dynamodb:PutItem");
        ConsumerPipeline.attach(process.function(), props, CONTEXT, idempotency, true);

        // A FIFO dead-letter queue keeps the order of what it parks, as its source queue must be FIFO too.
        Queue orderedDeadLetters = Queues.deadLetterQueue(this, "OrderedDeadLetterQueue", true);
        Queue ordered = Queues.builder(this, "OrderedQueue")
                .fifo(true)
                .visibilityTimeout(Subscription.visibilityTimeoutFor(process.function()))
                .deadLetterQueue(DeadLetterQueue.builder().queue(orderedDeadLetters).maxReceiveCount(5).build())
                .build();
        Subscription.limitConcurrency(process.function(), props.concurrency());
        process.function().addEventSource(new SqsEventSource(ordered, SqsEventSourceProps.builder()
                .batchSize(10)
                .reportBatchItemFailures(true)
                .maxConcurrency(props.concurrency())
                .build()));
        process.function().addEnvironment(FunctionSettings.DEAD_LETTER_QUEUE_URL, orderedDeadLetters.getQueueUrl());
        orderedDeadLetters.grantSendMessages(process.function());
        Alarms.oldestMessageAge(this, "OrderedQueueAgeAlarm", ordered);

        JavaFunction sequence = new JavaFunction(this, "SequenceByContentFunction", new JavaFunction.Props(
                CONTEXT, props.jar(), "media.polyglot.publishing.SequenceByContentHandler::handleRequest",
                JavaFunction.DEFAULT_TIMEOUT,
                Map.of(FunctionSettings.PUBLISHING_FIFO_QUEUE_URL, ordered.getQueueUrl(),
                        FunctionSettings.CONSUMER_NAME, CONTEXT + "-sequencer"),
                props.removalPolicy()));
        ordered.grantSendMessages(sequence.function());
        new Subscription(this, "SequenceByContentSubscription", new Subscription.Props(props.bus(),
                EventPattern.builder()
                        .source(List.of(Sources.CONTENT, Sources.MODERATION, Sources.LOCALIZATION))
                        .detailType(List.of(DetailTypes.CONTENT_APPROVED, DetailTypes.TRANSLATION_COMPLETED,
                                DetailTypes.TRANSLATION_FAILED, DetailTypes.CONTENT_WITHDRAWN))
                        .build(),
                sequence.function(), props.concurrency()));
    }
}

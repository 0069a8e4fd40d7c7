package media.polyglot.infra.content;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import java.util.Map;
import media.polyglot.events.wiring.FunctionEnvironment;
import media.polyglot.infra.common.JavaFunction;
import media.polyglot.infra.common.ServiceProps;
import media.polyglot.infra.common.Queues;
import media.polyglot.infra.common.Tables;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.dynamodb.StreamViewType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.lambda.FunctionUrl;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSource;
import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSourceProps;
import software.amazon.awscdk.services.lambda.eventsources.SqsDlq;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * The content context: an HTTP API to submit, revise and withdraw content, and a transactional outbox. The API
 * function writes the content item and its event into two tables in one transaction; the relay, fed by the outbox table's
 * stream, publishes the events to the bus.
 */
public final class ContentService extends Construct {

    // The context's name, tagged on its resources.
    private static final String CONTEXT = "content";

    // A relay batch may publish up to 100 stream records in calls of 10 entries, retrying failed entries.
    private static final Duration RELAY_TIMEOUT = Duration.seconds(30);

    private final Table contentTable;
    private final FunctionUrl apiUrl;

    public ContentService(Construct scope, String id, ServiceProps props) {
        super(scope, id);
        this.contentTable = Tables.builder(this, "ContentTable", "contentId", props.removalPolicy()).build();
        Table outboxTable = Tables.builder(this, "OutboxTable", "eventId", props.removalPolicy())
                // The relay needs the row as written; published rows expire instead of being deleted.
                .stream(StreamViewType.NEW_IMAGE)
                .timeToLiveAttribute("expiresAt")
                .build();

        JavaFunction api = new JavaFunction(this, "ContentApiFunction", new JavaFunction.Props(
                CONTEXT, props.jar(), "media.polyglot.content.ContentApiHandler::handleRequest",
                JavaFunction.DEFAULT_TIMEOUT,
                Map.of(FunctionEnvironment.CONTENT_TABLE, contentTable.getTableName(),
                        FunctionEnvironment.OUTBOX_TABLE, outboxTable.getTableName()),
                props.removalPolicy()));
        // Submit puts an item; revise reads it and puts the next revision; withdraw reads it and marks it: each
        // with its outbox row, in one transaction.
        contentTable.grant(api.function(), "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem");
        outboxTable.grant(api.function(), "dynamodb:PutItem");
        this.apiUrl = api.addIamFunctionUrl();

        Queue relayDeadLetterQueue = Queues.deadLetterQueue(this, "RelayDeadLetterQueue");
        JavaFunction relay = new JavaFunction(this, "OutboxRelayFunction", new JavaFunction.Props(
                CONTEXT, props.jar(), "media.polyglot.content.OutboxRelayHandler::handleRequest",
                RELAY_TIMEOUT,
                Map.of(FunctionEnvironment.EVENT_BUS_NAME, props.bus().getEventBusName(),
                        FunctionEnvironment.RELAY_DEAD_LETTER_QUEUE_URL, relayDeadLetterQueue.getQueueUrl()),
                props.removalPolicy()));
        props.bus().grantPutEventsTo(relay.function());
        // The relay itself parks rows it can never publish (with the reason) in the same queue.
        relayDeadLetterQueue.grantSendMessages(relay.function());
        relay.function().addEventSource(new DynamoEventSource(outboxTable, DynamoEventSourceProps.builder()
                // Every outbox row must be published, including those written before the mapping existed.
                .startingPosition(StartingPosition.TRIM_HORIZON)
                .reportBatchItemFailures(true)
                // A failing batch is split until the failing record is alone, so one bad row holds up no other.
                .bisectBatchOnError(true)
                .retryAttempts(10)
                // After the retries, Lambda sends the failed records' stream coordinates here instead of dropping them.
                .onFailure(new SqsDlq(relayDeadLetterQueue))
                .build()));
        NagSuppressions.addResourceSuppressions(relay.function().getRole(), List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("dynamodb:ListStreams, which CDK's DynamoEventSource grants, takes no resource narrower than *; "
                        + "reading the records (GetRecords, GetShardIterator, DescribeStream) is granted on the outbox stream only")
                .appliesTo(List.of("Resource::*"))
                .build()), true);
    }

    /** The content items, by {@code contentId}: where the bodies that events refer to (claim checks) are. */
    public ITable contentTable() {
        return contentTable;
    }

    /** The Function URL that submits, revises and withdraws content. */
    public String apiUrl() {
        return apiUrl.getUrl();
    }
}

package media.polyglot.local.protocol.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import media.polyglot.local.edge.AwsRequest;
import media.polyglot.local.edge.AwsResponse;
import media.polyglot.local.edge.ServiceEndpoint;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.dynamodb.DynamoDbException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DynamoDB's and DynamoDB Streams' JSON 1.0 wire protocol in front of a {@link DynamoDbEngine}:
 * picks the operation from {@code X-Amz-Target}, and answers every failure as DynamoDB would,
 * an unexpected one as a 500 InternalServerError with a message. Holds nothing but the engine.
 */
public final class DynamoDbProtocol implements ServiceEndpoint {

    static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbProtocol.class);
    private static final String DYNAMODB = "DynamoDB_20120810.";
    private static final String STREAMS = "DynamoDBStreams_20120810.";
    private static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry(DYNAMODB + "CreateTable", TableOperations::createTable),
            Map.entry(DYNAMODB + "DescribeTable", TableOperations::describeTable),
            Map.entry(DYNAMODB + "ListTables", TableOperations::listTables),
            Map.entry(DYNAMODB + "DeleteTable", TableOperations::deleteTable),
            Map.entry(DYNAMODB + "UpdateTable", TableOperations::updateTable),
            Map.entry(DYNAMODB + "TagResource", TagOperations::tagResource),
            Map.entry(DYNAMODB + "UntagResource", TagOperations::untagResource),
            Map.entry(DYNAMODB + "ListTagsOfResource", TagOperations::listTagsOfResource),
            Map.entry(DYNAMODB + "UpdateTimeToLive", TimeToLiveOperations::updateTimeToLive),
            Map.entry(DYNAMODB + "DescribeTimeToLive", TimeToLiveOperations::describeTimeToLive),
            Map.entry(DYNAMODB + "PutItem", ItemOperations::putItem),
            Map.entry(DYNAMODB + "GetItem", ItemOperations::getItem),
            Map.entry(DYNAMODB + "UpdateItem", ItemOperations::updateItem),
            Map.entry(DYNAMODB + "DeleteItem", ItemOperations::deleteItem),
            Map.entry(DYNAMODB + "Query", ReadOperations::query),
            Map.entry(DYNAMODB + "Scan", ReadOperations::scan),
            Map.entry(DYNAMODB + "TransactWriteItems", TransactOperations::transactWriteItems),
            Map.entry(DYNAMODB + "TransactGetItems", BatchOperations::transactGetItems),
            Map.entry(DYNAMODB + "BatchGetItem", BatchOperations::batchGetItem),
            Map.entry(DYNAMODB + "BatchWriteItem", BatchOperations::batchWriteItem),
            Map.entry(STREAMS + "ListStreams", StreamOperations::listStreams),
            Map.entry(STREAMS + "DescribeStream", StreamOperations::describeStream),
            Map.entry(STREAMS + "GetShardIterator", StreamOperations::getShardIterator),
            Map.entry(STREAMS + "GetRecords", StreamOperations::getRecords));

    private final DynamoDbEngine engine;

    public DynamoDbProtocol(DynamoDbEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        String target = request.header("X-Amz-Target");
        try {
            Operation operation = target == null ? null : OPERATIONS.get(target);
            if (operation == null) {
                throw new UnknownOperationException(target);
            }
            return respond(200, operation.invoke(engine, JsonInput.parse(request.body())));
        } catch (DynamoDbException e) {
            return respond(ErrorResponses.CLIENT_ERROR, ErrorResponses.body(e));
        } catch (RuntimeException e) {
            LOG.error("DynamoDB operation {} failed unexpectedly", target, e);
            return respond(ErrorResponses.SERVER_ERROR, ErrorResponses.internalError(e));
        }
    }

    /** A random id in UUID form; not a secret, so not worth a SecureRandom draw per request. */
    private static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & ~(3L << 62) | (2L << 62)).toString();
    }

    /** DynamoDB sends every body's CRC32 in a header, which the SDKs check when it is there. */
    private static AwsResponse respond(int status, JsonNode body) {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return new AwsResponse(status, CONTENT_TYPE, bytes, Map.of(
                "x-amzn-RequestId", requestId(),
                "x-amz-crc32", Long.toString(crc.getValue())));
    }
}

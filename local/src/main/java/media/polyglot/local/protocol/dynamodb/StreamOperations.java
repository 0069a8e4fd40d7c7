package media.polyglot.local.protocol.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.dynamodb.ShardIteratorType;
import media.polyglot.local.engine.dynamodb.StreamDescription;
import media.polyglot.local.engine.dynamodb.StreamRecordsPage;
import media.polyglot.local.engine.dynamodb.ValidationException;

/** The DynamoDB Streams operations on the wire: ListStreams, DescribeStream, GetShardIterator, GetRecords. */
final class StreamOperations {

    private static final int MAX_LIST_STREAMS = 100;
    private static final int MAX_RECORDS = 1000;

    private StreamOperations() {
    }

    static JsonNode listStreams(DynamoDbEngine engine, JsonInput input) {
        String exclusiveStart = input.string("ExclusiveStartStreamArn");
        int limit = limit(input, MAX_LIST_STREAMS);
        List<StreamDescription> streams = engine.listStreams(input.string("TableName")).stream()
                .filter(stream -> exclusiveStart == null || stream.streamArn().compareTo(exclusiveStart) > 0)
                .toList();
        ObjectNode output = Json.object();
        ArrayNode page = output.putArray("Streams");
        streams.stream().limit(limit).forEach(stream -> {
            ObjectNode summary = page.addObject();
            summary.put("StreamArn", stream.streamArn());
            summary.put("TableName", stream.tableName());
            summary.put("StreamLabel", stream.streamLabel());
        });
        if (streams.size() > limit) {
            output.put("LastEvaluatedStreamArn", streams.get(limit - 1).streamArn());
        }
        return output;
    }

    static JsonNode describeStream(DynamoDbEngine engine, JsonInput input) {
        StreamDescription stream = engine.describeStream(input.requiredString("StreamArn"));
        ObjectNode description = Json.object();
        description.put("StreamArn", stream.streamArn());
        description.put("StreamLabel", stream.streamLabel());
        description.put("StreamStatus", stream.enabled() ? "ENABLED" : "DISABLED");
        description.put("StreamViewType", stream.streamViewType().name());
        description.put("CreationRequestDateTime", Json.epochSeconds(stream.creationRequestDateTime()));
        description.put("TableName", stream.tableName());
        description.set("KeySchema", TableJson.keySchema(stream.table().partitionKey(), stream.table().sortKey()));
        ObjectNode shard = description.putArray("Shards").addObject();
        shard.put("ShardId", stream.shardId());
        ObjectNode range = shard.putObject("SequenceNumberRange");
        range.put("StartingSequenceNumber", stream.startingSequenceNumber());
        if (stream.endingSequenceNumber() != null) {
            range.put("EndingSequenceNumber", stream.endingSequenceNumber());
        }
        ObjectNode output = Json.object();
        output.set("StreamDescription", description);
        return output;
    }

    static JsonNode getShardIterator(DynamoDbEngine engine, JsonInput input) {
        String streamArn = input.requiredString("StreamArn");
        String shardId = input.requiredString("ShardId");
        ShardIteratorType type = input.enumValue("ShardIteratorType", ShardIteratorType.class, null);
        if (type == null) {
            throw new ValidationException("1 validation error detected: Value null at 'shardIteratorType' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        ObjectNode output = Json.object();
        output.put("ShardIterator", engine.shardIterator(streamArn, shardId, type, input.string("SequenceNumber")));
        return output;
    }

    /** Records as GetRecords returns them: the Lambda record shape without {@code eventSourceARN}. */
    static JsonNode getRecords(DynamoDbEngine engine, JsonInput input) {
        StreamRecordsPage page = engine.getRecords(input.requiredString("ShardIterator"), limit(input, MAX_RECORDS));
        ObjectNode output = Json.object();
        ArrayNode records = output.putArray("Records");
        page.records().forEach(record -> {
            ObjectNode json = record.toJson();
            json.remove("eventSourceARN");
            if (record.removedByTimeToLive()) {
                // The Streams API's Identity structure capitalizes its members, unlike the Lambda event's.
                ObjectNode identity = json.putObject("userIdentity");
                identity.put("PrincipalId", "dynamodb.amazonaws.com");
                identity.put("Type", "Service");
            }
            records.add(json);
        });
        if (page.nextShardIterator() != null) {
            output.put("NextShardIterator", page.nextShardIterator());
        }
        return output;
    }

    private static int limit(JsonInput input, int max) {
        Integer limit = input.integer("Limit");
        if (limit != null && (limit < 1 || limit > max)) {
            throw new ValidationException("1 validation error detected: Value '" + limit
                    + "' at 'limit' failed to satisfy constraint: Member must have value between 1 and " + max);
        }
        return limit == null ? max : limit;
    }
}

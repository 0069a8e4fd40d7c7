package media.polyglot.local.engine.dynamodb;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import media.polyglot.local.engine.dynamodb.value.AttributeValueJson;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * One record of a table's stream: what happened to which item, with the images the stream's view
 * type includes.
 *
 * @param newImage null for REMOVE, and when the view type leaves new images out
 * @param oldImage null for INSERT, and when the view type leaves old images out
 * @param removedByTimeToLive whether DynamoDB's TTL process deleted the item (then the record
 *                            carries the service's {@code userIdentity})
 */
public record StreamRecord(String eventId, StreamEventName eventName, String awsRegion, String eventSourceArn,
                           long approximateCreationEpochSecond, Item keys, Item newImage, Item oldImage,
                           String sequenceNumber, long sizeBytes, StreamViewType streamViewType,
                           boolean removedByTimeToLive) {

    public StreamRecord {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(awsRegion, "awsRegion");
        Objects.requireNonNull(eventSourceArn, "eventSourceArn");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(sequenceNumber, "sequenceNumber");
        Objects.requireNonNull(streamViewType, "streamViewType");
    }

    /**
     * The record as a Lambda function receives it from a DynamoDB stream event source mapping
     * (GetRecords returns the same without {@code eventSourceARN}), values in DynamoDB JSON.
     */
    public ObjectNode toJson() {
        ObjectNode dynamodb = JsonNodeFactory.instance.objectNode();
        dynamodb.put("ApproximateCreationDateTime", approximateCreationEpochSecond);
        dynamodb.set("Keys", AttributeValueJson.writeItem(keys));
        if (newImage != null) {
            dynamodb.set("NewImage", AttributeValueJson.writeItem(newImage));
        }
        if (oldImage != null) {
            dynamodb.set("OldImage", AttributeValueJson.writeItem(oldImage));
        }
        dynamodb.put("SequenceNumber", sequenceNumber);
        dynamodb.put("SizeBytes", sizeBytes);
        dynamodb.put("StreamViewType", streamViewType.name());
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("eventID", eventId);
        record.put("eventName", eventName.name());
        record.put("eventVersion", "1.1");
        record.put("eventSource", "aws:dynamodb");
        record.put("awsRegion", awsRegion);
        record.set("dynamodb", dynamodb);
        if (removedByTimeToLive) {
            // "Time to Live (TTL) and DynamoDB Streams" in the Developer Guide: how TTL deletions are told apart.
            ObjectNode identity = record.putObject("userIdentity");
            identity.put("type", "Service");
            identity.put("principalId", "dynamodb.amazonaws.com");
        }
        record.put("eventSourceARN", eventSourceArn);
        return record;
    }
}

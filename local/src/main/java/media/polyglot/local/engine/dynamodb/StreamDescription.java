package media.polyglot.local.engine.dynamodb;

import java.time.Instant;
import java.util.Objects;

/**
 * A table's stream as DescribeStream and ListStreams report it. The engine gives each stream one
 * shard that never closes.
 */
public record StreamDescription(String streamArn, String streamLabel, TableDefinition table,
                                Instant creationRequestDateTime, String shardId, String startingSequenceNumber) {

    public StreamDescription {
        Objects.requireNonNull(streamArn, "streamArn");
        Objects.requireNonNull(streamLabel, "streamLabel");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(creationRequestDateTime, "creationRequestDateTime");
        Objects.requireNonNull(shardId, "shardId");
        Objects.requireNonNull(startingSequenceNumber, "startingSequenceNumber");
        Objects.requireNonNull(table.streamViewType(), "a described stream belongs to a table with a stream");
    }

    public String tableName() {
        return table.tableName();
    }

    public StreamViewType streamViewType() {
        return table.streamViewType();
    }
}

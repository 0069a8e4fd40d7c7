package media.polyglot.local.engine.dynamodb;

import java.time.Instant;
import java.util.Objects;

/**
 * A table's stream as DescribeStream and ListStreams report it. The engine gives each stream one
 * shard, which closes when the stream is disabled.
 *
 * @param table                the table's definition now, for its key schema
 * @param endingSequenceNumber null while the stream is enabled
 */
public record StreamDescription(String streamArn, String streamLabel, TableDefinition table, StreamViewType streamViewType,
                                boolean enabled, Instant creationRequestDateTime, String shardId,
                                String startingSequenceNumber, String endingSequenceNumber) {

    public StreamDescription {
        Objects.requireNonNull(streamArn, "streamArn");
        Objects.requireNonNull(streamLabel, "streamLabel");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(streamViewType, "streamViewType");
        Objects.requireNonNull(creationRequestDateTime, "creationRequestDateTime");
        Objects.requireNonNull(shardId, "shardId");
        Objects.requireNonNull(startingSequenceNumber, "startingSequenceNumber");
    }

    public String tableName() {
        return table.tableName();
    }
}

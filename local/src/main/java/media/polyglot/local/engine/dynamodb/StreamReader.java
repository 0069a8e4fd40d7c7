package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import media.polyglot.local.engine.dynamodb.sqlite.SequencedChange;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.sqlite.StreamChange;
import media.polyglot.local.engine.dynamodb.sqlite.StreamStore;

/** The DynamoDB Streams side: finding a table's stream, describing it, and reading its one shard. */
final class StreamReader {

    private static final int MAX_RECORDS = 1000;

    private final SqliteDatabase database;
    private final TableRegistry tables;
    private final StreamStore streams;
    private final ResourceNames names;
    private final EngineSettings settings;

    StreamReader(SqliteDatabase database, TableRegistry tables, StreamStore streams, ResourceNames names,
                 EngineSettings settings) {
        this.database = database;
        this.tables = tables;
        this.streams = streams;
        this.names = names;
        this.settings = settings;
    }

    Optional<String> streamArnOf(String tableName) {
        return database.transaction("stream of " + tableName, () -> {
            StoredTable table = tables.require(tableName);
            return table.definition().streamViewType() == null ? Optional.empty() : Optional.of(names.streamArn(table));
        });
    }

    /** The streams of every table, or of one table when {@code tableName} is not null. */
    List<StreamDescription> list(String tableName) {
        return database.transaction("ListStreams", () -> {
            List<StoredTable> candidates = tableName == null ? tables.all() : List.of(tables.require(tableName));
            return candidates.stream().filter(table -> table.definition().streamViewType() != null).map(this::describe).toList();
        });
    }

    StreamDescription describe(String streamArn) {
        return database.transaction("DescribeStream " + streamArn, () -> describe(requireStream(streamArn)));
    }

    String shardIterator(String streamArn, String shardId, ShardIteratorType type, String sequenceNumber) {
        return database.transaction("GetShardIterator " + streamArn, () -> {
            StoredTable table = requireStream(streamArn);
            if (!names.shardId(table).equals(shardId)) {
                throw new ResourceNotFoundException("Requested resource not found: Shard does not exist: " + shardId
                        + " in stream " + streamArn);
            }
            long after = switch (type) {
                case TRIM_HORIZON -> 0;
                case LATEST -> streams.lastSequence(table.id());
                case AT_SEQUENCE_NUMBER -> SequenceNumbers.parse(requireSequenceNumber(type, sequenceNumber)) - 1;
                case AFTER_SEQUENCE_NUMBER -> SequenceNumbers.parse(requireSequenceNumber(type, sequenceNumber));
            };
            return ShardIterators.encode(streamArn, after);
        });
    }

    StreamRecordsPage records(String shardIterator, int limit) {
        ShardIterators.Position position = ShardIterators.decode(shardIterator);
        List<StreamRecord> records = read(position.streamArn(), position.afterPosition(), limit);
        long last = records.isEmpty() ? position.afterPosition()
                : SequenceNumbers.parse(records.get(records.size() - 1).sequenceNumber());
        return new StreamRecordsPage(records, ShardIterators.encode(position.streamArn(), last));
    }

    /** Records after the given sequence number ({@code null}: from the oldest), oldest first. */
    List<StreamRecord> read(String streamArn, String afterSequenceNumber, int limit) {
        return read(streamArn, afterSequenceNumber == null ? 0 : SequenceNumbers.parse(afterSequenceNumber), limit);
    }

    private List<StreamRecord> read(String streamArn, long afterPosition, int limit) {
        if (limit < 1 || limit > MAX_RECORDS) {
            throw new ValidationException("1 validation error detected: Value '" + limit + "' at 'limit' failed to satisfy "
                    + "constraint: Member must have value between 1 and " + MAX_RECORDS);
        }
        return database.transaction("GetRecords " + streamArn, () -> {
            StoredTable table = requireStream(streamArn);
            List<StreamRecord> records = new ArrayList<>();
            for (SequencedChange change : streams.readAfter(table.id(), afterPosition, limit)) {
                records.add(toRecord(table, change));
            }
            return records;
        });
    }

    private StoredTable requireStream(String streamArn) throws SQLException {
        Optional<ResourceNames.StreamArn> arn = names.parseStreamArn(streamArn);
        if (arn.isEmpty()) {
            throw ResourceNotFoundException.stream(streamArn);
        }
        return tables.find(arn.get().tableName())
                .filter(table -> table.definition().streamViewType() != null)
                .filter(table -> names.streamLabel(table).equals(arn.get().label()))
                .orElseThrow(() -> ResourceNotFoundException.stream(streamArn));
    }

    private StreamDescription describe(StoredTable table) {
        return new StreamDescription(names.streamArn(table), names.streamLabel(table), table.definition(),
                table.createdAt(), names.shardId(table), SequenceNumbers.format(0));
    }

    private StreamRecord toRecord(StoredTable table, SequencedChange sequenced) {
        StreamChange change = sequenced.change();
        return new StreamRecord(change.eventId(), change.eventName(), settings.region(), names.streamArn(table),
                change.createdAtEpochSecond(), change.keys(), change.newImage(), change.oldImage(),
                SequenceNumbers.format(sequenced.sequence()), change.sizeBytes(), table.definition().streamViewType());
    }

    private static String requireSequenceNumber(ShardIteratorType type, String sequenceNumber) {
        if (sequenceNumber == null) {
            throw new ValidationException("A SequenceNumber is required for ShardIteratorType " + type);
        }
        return sequenceNumber;
    }
}

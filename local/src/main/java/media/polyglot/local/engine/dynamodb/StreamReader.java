package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import media.polyglot.local.engine.dynamodb.sqlite.SequencedChange;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.sqlite.StoredStream;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.sqlite.StreamChange;
import media.polyglot.local.engine.dynamodb.sqlite.StreamStore;

/**
 * The DynamoDB Streams side: finding a table's streams, describing them, and reading their one
 * shard, within the 24 hours of records a stream keeps.
 */
final class StreamReader {

    private static final int MAX_RECORDS = 1000;

    /** A stream with the table it belongs to. */
    private record Located(StoredTable table, StoredStream stream) {
    }

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
            return Optional.ofNullable(table.stream()).map(names::streamArn);
        });
    }

    /** The streams, enabled or disabled, of every table, or of one table when {@code tableName} is not null. */
    List<StreamDescription> list(String tableName) {
        return database.transaction("ListStreams", () -> {
            if (tableName != null) {
                tables.require(tableName);
            }
            List<StreamDescription> described = new ArrayList<>();
            for (StoredStream stream : streams.streams(tableName)) {
                Optional<StoredTable> table = tables.find(stream.tableName());
                if (table.isPresent()) {
                    described.add(describe(new Located(table.get(), stream)));
                }
            }
            return described;
        });
    }

    StreamDescription describe(String streamArn) {
        return database.transaction("DescribeStream " + streamArn, () -> describe(requireStream(streamArn)));
    }

    String shardIterator(String streamArn, String shardId, ShardIteratorType type, String sequenceNumber) {
        return database.transaction("GetShardIterator " + streamArn, () -> {
            Located located = requireStream(streamArn);
            if (!names.shardId(located.stream()).equals(shardId)) {
                throw new ResourceNotFoundException("Requested resource not found: Shard does not exist: " + shardId
                        + " in stream " + streamArn);
            }
            long after = switch (type) {
                case TRIM_HORIZON -> located.stream().trimmedThrough();
                case LATEST -> streams.lastSequence(located.stream());
                case AT_SEQUENCE_NUMBER -> SequenceNumbers.parse(requireSequenceNumber(type, sequenceNumber)) - 1;
                case AFTER_SEQUENCE_NUMBER -> SequenceNumbers.parse(requireSequenceNumber(type, sequenceNumber));
            };
            requireNotTrimmed(located.stream(), after);
            return ShardIterators.encode(streamArn, after, settings.clock().instant());
        });
    }

    StreamRecordsPage records(String shardIterator, int limit) {
        Instant now = settings.clock().instant();
        ShardIterators.Position position = ShardIterators.decode(shardIterator, now);
        requireValidLimit(limit);
        return database.transaction("GetRecords " + position.streamArn(), () -> {
            Located located = requireStream(position.streamArn());
            requireNotTrimmed(located.stream(), position.afterPosition());
            List<StreamRecord> records = read(located, position.afterPosition(), limit);
            long last = records.isEmpty() ? position.afterPosition()
                    : SequenceNumbers.parse(records.get(records.size() - 1).sequenceNumber());
            boolean closedAndRead = !located.stream().enabled() && last >= streams.lastSequence(located.stream());
            return new StreamRecordsPage(records,
                    closedAndRead ? null : ShardIterators.encode(position.streamArn(), last, now));
        });
    }

    /**
     * Records after the given sequence number ({@code null}: from the oldest kept), oldest first;
     * for the runtime's poller, which reads on from what is kept when its position was trimmed.
     */
    List<StreamRecord> read(String streamArn, String afterSequenceNumber, int limit) {
        long after = afterSequenceNumber == null ? 0 : SequenceNumbers.parse(afterSequenceNumber);
        requireValidLimit(limit);
        return database.transaction("GetRecords " + streamArn, () -> read(requireStream(streamArn), after, limit));
    }

    private List<StreamRecord> read(Located located, long afterPosition, int limit) throws SQLException {
        List<StreamRecord> records = new ArrayList<>();
        for (SequencedChange change : streams.readAfter(located.stream().id(), afterPosition, limit)) {
            records.add(toRecord(located.stream(), change));
        }
        return records;
    }

    private Located requireStream(String streamArn) throws SQLException {
        Optional<ResourceNames.StreamArn> arn = names.parseStreamArn(streamArn);
        if (arn.isEmpty()) {
            throw ResourceNotFoundException.stream(streamArn);
        }
        Optional<StoredTable> table = tables.find(arn.get().tableName());
        if (table.isEmpty()) {
            throw ResourceNotFoundException.stream(streamArn);
        }
        return streams.streams(arn.get().tableName()).stream()
                .filter(stream -> names.streamLabel(stream).equals(arn.get().label()))
                .findFirst()
                .map(stream -> new Located(table.get(), stream))
                .orElseThrow(() -> ResourceNotFoundException.stream(streamArn));
    }

    private StreamDescription describe(Located located) throws SQLException {
        StoredStream stream = located.stream();
        String ending = stream.enabled() ? null : SequenceNumbers.format(streams.lastSequence(stream));
        return new StreamDescription(names.streamArn(stream), names.streamLabel(stream), located.table().definition(),
                stream.viewType(), stream.enabled(), stream.createdAt(), names.shardId(stream),
                SequenceNumbers.format(stream.trimmedThrough()), ending);
    }

    private StreamRecord toRecord(StoredStream stream, SequencedChange sequenced) {
        StreamChange change = sequenced.change();
        return new StreamRecord(change.eventId(), change.eventName(), settings.region(), names.streamArn(stream),
                change.createdAtEpochSecond(), change.keys(), change.newImage(), change.oldImage(),
                SequenceNumbers.format(sequenced.sequence()), change.sizeBytes(), stream.viewType(),
                change.removedByTimeToLive());
    }

    private static void requireNotTrimmed(StoredStream stream, long afterPosition) {
        if (afterPosition < stream.trimmedThrough()) {
            throw new TrimmedDataAccessException("The operation attempted to read past the oldest stream record in a "
                    + "shard: records up to " + SequenceNumbers.format(stream.trimmedThrough())
                    + " are older than the stream's 24-hour retention and have been trimmed");
        }
    }

    private static void requireValidLimit(int limit) {
        if (limit < 1 || limit > MAX_RECORDS) {
            throw new ValidationException("1 validation error detected: Value '" + limit + "' at 'limit' failed to satisfy "
                    + "constraint: Member must have value between 1 and " + MAX_RECORDS);
        }
    }

    private static String requireSequenceNumber(ShardIteratorType type, String sequenceNumber) {
        if (sequenceNumber == null) {
            throw new ValidationException("A SequenceNumber is required for ShardIteratorType " + type);
        }
        return sequenceNumber;
    }
}

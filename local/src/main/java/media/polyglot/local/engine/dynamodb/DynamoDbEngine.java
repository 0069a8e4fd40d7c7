package media.polyglot.local.engine.dynamodb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import media.polyglot.local.engine.dynamodb.sqlite.ConnectionFactory;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.sqlite.StorageException;
import media.polyglot.local.engine.dynamodb.sqlite.StreamStore;
import media.polyglot.local.engine.dynamodb.sqlite.TableStore;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * The local DynamoDB: tables, items, queries, transactions and streams, stored in SQLite. This is
 * what the runtime calls directly (to create the template's tables, to poll streams) and what the
 * wire protocol calls for SDK clients. Failures are {@link DynamoDbException}s worded as DynamoDB
 * words them. Safe for concurrent callers; every operation is one SQLite transaction.
 */
public final class DynamoDbEngine implements AutoCloseable {

    private final SqliteDatabase database;
    private final TableAdmin tableAdmin;
    private final ItemAccess itemAccess;
    private final ItemUpdates itemUpdates;
    private final QueryExecutor queries;
    private final ScanExecutor scans;
    private final TransactionExecutor transactions;
    private final BatchExecutor batches;
    private final StreamReader streamReader;
    private final TimeToLive timeToLive;
    private final StreamRetention retention;
    private final Housekeeping housekeeping;
    private final TableUpdates tableUpdates;
    private final TableTags tableTags;

    private DynamoDbEngine(SqliteDatabase database, EngineSettings settings) {
        this.database = database;
        Stores stores = Stores.of(database);
        ItemStore items = stores.items();
        StreamStore streams = stores.streams();
        TableRegistry tables = new TableRegistry(new TableStore(database), streams);
        ResourceNames names = new ResourceNames(settings);
        IndexMaintenance indexes = new IndexMaintenance(stores.indexes(), items);
        ItemChanges changes = new ItemChanges(items, indexes, streams, settings);
        this.tableAdmin = new TableAdmin(database, tables, stores, names, settings);
        this.itemAccess = new ItemAccess(database, tables, items, changes);
        this.itemUpdates = new ItemUpdates(database, tables, items, changes);
        this.queries = new QueryExecutor(database, tables, items, stores.indexes());
        this.scans = new ScanExecutor(database, tables, items, stores.indexes());
        this.transactions = new TransactionExecutor(database, tables, items, changes, settings.clock());
        this.batches = new BatchExecutor(database, tables, items, changes);
        this.streamReader = new StreamReader(database, tables, streams, names, settings);
        this.timeToLive = new TimeToLive(database, tables, items, changes, settings);
        this.retention = new StreamRetention(database, streams, settings);
        this.housekeeping = new Housekeeping(timeToLive, retention);
        this.tableUpdates = new TableUpdates(database, tables, stores, indexes, tableAdmin, names, settings);
        this.tableTags = new TableTags(database, tables, stores.tags(), names);
    }

    /** A private in-memory database, gone when the engine closes; default region, account and clock. */
    public static DynamoDbEngine inMemory() {
        return open("jdbc:sqlite::memory:", EngineSettings.DEFAULTS);
    }

    /** A private in-memory database stamped by {@code clock}. */
    public static DynamoDbEngine inMemory(Clock clock) {
        return open("jdbc:sqlite::memory:", EngineSettings.DEFAULTS.withClock(clock));
    }

    /** A database in {@code file} (created with its directories if missing), kept across restarts. */
    public static DynamoDbEngine atFile(Path file) {
        return atFile(file, EngineSettings.DEFAULTS);
    }

    public static DynamoDbEngine atFile(Path file, EngineSettings settings) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StorageException("Could not create the directory of DynamoDB data file " + file, e);
        }
        return open("jdbc:sqlite:" + file.toAbsolutePath(), settings);
    }

    /** Any SQLite JDBC URL, such as {@code jdbc:sqlite:file:ddb?mode=memory&cache=shared}. */
    public static DynamoDbEngine open(String jdbcUrl, EngineSettings settings) {
        Properties properties = new Properties();
        // The engine never asks for generated keys; without this the driver queries last_insert_rowid() after
        // every INSERT, UPDATE and DELETE.
        properties.setProperty("jdbc.get_generated_keys", "false");
        return open(() -> DriverManager.getConnection(jdbcUrl, properties), settings);
    }

    public static DynamoDbEngine open(ConnectionFactory connections, EngineSettings settings) {
        return new DynamoDbEngine(SqliteDatabase.open(connections), settings);
    }

    /** Creates an ACTIVE table; ResourceInUseException if one of that name exists. */
    public TableDescription createTable(TableDefinition definition) {
        return tableAdmin.create(definition);
    }

    public TableDescription describeTable(String tableName) {
        return tableAdmin.describe(tableName);
    }

    /** Every table's name, in ascending order. */
    public List<String> listTableNames() {
        return tableAdmin.listNames();
    }

    /** Deletes the table, its items and its stream; returns the table as it was. */
    public TableDescription deleteTable(String tableName) {
        return tableAdmin.delete(tableName);
    }

    /**
     * UpdateTable: turns the stream on (a new stream: new label and ARN) or off, creates global
     * secondary indexes (filled from the items there) or deletes them; returns the table as it now is.
     */
    public TableDescription updateTable(TableUpdate update) {
        return tableUpdates.update(update);
    }

    /** TagResource: adds or replaces tags of the table with this ARN. */
    public void tagResource(String resourceArn, Map<String, String> tags) {
        tableTags.tag(resourceArn, tags);
    }

    /** UntagResource: removes the tags with these keys (missing keys are ignored). */
    public void untagResource(String resourceArn, List<String> tagKeys) {
        tableTags.untag(resourceArn, tagKeys);
    }

    /** ListTagsOfResource: the table's tags by key, in key order. */
    public Map<String, String> listTagsOfResource(String resourceArn) {
        return tableTags.list(resourceArn);
    }

    /**
     * Writes the item if its condition holds, else throws ConditionalCheckFailedException.
     * Returns the item it replaced, if any.
     */
    public Optional<Item> putItem(PutItemRequest request) {
        return itemAccess.put(request);
    }

    /** The item with this key (exactly the key attributes), if there is one. Reads are always consistent. */
    public Optional<Item> getItem(String tableName, Item key) {
        return itemAccess.get(GetItemRequest.of(tableName, key));
    }

    /** The item with the request's key, cut to its ProjectionExpression when it has one. */
    public Optional<Item> getItem(GetItemRequest request) {
        return itemAccess.get(request);
    }

    /**
     * Applies the update expression to the item (created from its key when missing) if the
     * condition holds, else throws ConditionalCheckFailedException. Returns what ReturnValues asks for.
     */
    public Optional<Item> updateItem(UpdateItemRequest request) {
        return itemUpdates.update(request);
    }

    /** Deletes the item if the condition holds; returns it when ReturnValues is ALL_OLD and it existed. */
    public Optional<Item> deleteItem(DeleteItemRequest request) {
        return itemAccess.delete(request);
    }

    /** One page of a Query: Limit items or 1 MB read, then filtered and projected. */
    public QueryResult query(QueryRequest request) {
        return queries.run(request);
    }

    /** One page of a Scan (or of one segment of a parallel scan), read like a Query page. */
    public QueryResult scan(ScanRequest request) {
        return scans.run(request);
    }

    /** All actions or none; TransactionCanceledException with one reason per action when a condition fails. */
    public void transactWriteItems(List<TransactWriteItem> actions) {
        transactions.run(actions, null);
    }

    /**
     * As {@link #transactWriteItems(List)}, made idempotent by {@code clientRequestToken} (null for
     * none): the same token with the same actions within ten minutes succeeds without applying them
     * again; with other actions it is IdempotentParameterMismatchException.
     */
    public void transactWriteItems(List<TransactWriteItem> actions, String clientRequestToken) {
        transactions.run(actions, clientRequestToken);
    }

    /** The items at the gets' keys, in the order asked, read in one transaction (empty where there is none). */
    public List<Optional<Item>> transactGetItems(List<GetItemRequest> gets) {
        return batches.transactGet(gets);
    }

    /**
     * The items found for each table's keys, by table name; once the items read reach 16 MB, the
     * remaining keys are returned unprocessed.
     */
    public BatchGetResult batchGetItem(List<BatchGet> reads) {
        return batches.get(reads);
    }

    /** Applies up to 25 unconditional puts and deletes; nothing is ever left unprocessed. */
    public void batchWriteItem(List<BatchWrite> writes) {
        batches.write(writes);
    }

    /** The table's stream ARN, or empty when the table has no stream. */
    public Optional<String> streamArnOf(String tableName) {
        return streamReader.streamArnOf(tableName);
    }

    /** The streams of all tables, or of the one named ({@code tableName} null for all). */
    public List<StreamDescription> listStreams(String tableName) {
        return streamReader.list(tableName);
    }

    public StreamDescription describeStream(String streamArn) {
        return streamReader.describe(streamArn);
    }

    /** @param sequenceNumber only for AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER, else null */
    public String shardIterator(String streamArn, String shardId, ShardIteratorType type, String sequenceNumber) {
        return streamReader.shardIterator(streamArn, shardId, type, sequenceNumber);
    }

    /** Up to {@code limit} (1 to 1000) records from the iterator's position, and the iterator to continue with. */
    public StreamRecordsPage getRecords(String shardIterator, int limit) {
        return streamReader.records(shardIterator, limit);
    }

    /**
     * Reads a stream directly, for the runtime's event source poller: up to {@code limit} (1 to
     * 1000) records after {@code afterSequenceNumber} ({@code null}: from the oldest), oldest first.
     */
    public List<StreamRecord> readStream(String streamArn, String afterSequenceNumber, int limit) {
        return streamReader.read(streamArn, afterSequenceNumber, limit);
    }

    /** UpdateTimeToLive: enables TTL on the attribute, or disables it; ValidationException when it already is so. */
    public TimeToLiveDescription updateTimeToLive(String tableName, String attributeName, boolean enabled) {
        return timeToLive.update(tableName, attributeName, enabled);
    }

    public TimeToLiveDescription describeTimeToLive(String tableName) {
        return timeToLive.describe(tableName);
    }

    /**
     * Starts the engine's sweeper on a daemon thread: every {@code interval} it deletes expired
     * items ({@link #sweepExpiredItems()}) and trims stream records older than 24 hours
     * ({@link #trimStreams()}). {@link #close()} stops it. Call once.
     */
    public void startTimeToLiveSweeper(Duration interval) {
        housekeeping.start(interval);
    }

    /**
     * Deletes now, by the engine's clock, every item whose TTL attribute is a Number of epoch
     * seconds in the past, each in its own transaction with a REMOVE stream record whose
     * {@code userIdentity} is the DynamoDB service. Returns how many items it deleted.
     */
    public int sweepExpiredItems() {
        return timeToLive.sweep();
    }

    /** Removes now, by the engine's clock, stream records older than 24 hours; returns how many. */
    public int trimStreams() {
        return retention.trim();
    }

    @Override
    public void close() {
        housekeeping.close();
        database.close();
    }
}

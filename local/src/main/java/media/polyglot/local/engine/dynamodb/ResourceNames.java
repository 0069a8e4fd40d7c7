package media.polyglot.local.engine.dynamodb;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import media.polyglot.local.engine.dynamodb.sqlite.StoredStream;

/**
 * The names DynamoDB gives a table's resources: the table ARN, an index's ARN, a stream's label
 * (its creation time, {@code 2024-05-01T12:00:00.000}), the stream ARN and the id of the stream's one shard.
 */
final class ResourceNames {

    private static final DateTimeFormatter LABEL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final Pattern STREAM_ARN =
            Pattern.compile("arn:aws:dynamodb:([^:]+):(\\d{12}):table/([a-zA-Z0-9_.-]+)/stream/(.+)");
    private static final Pattern TABLE_ARN = Pattern.compile("arn:aws:dynamodb:([^:]+):(\\d{12}):table/([a-zA-Z0-9_.-]+)");

    /** The table and label a stream ARN names. */
    record StreamArn(String tableName, String label) {
    }

    private final EngineSettings settings;

    ResourceNames(EngineSettings settings) {
        this.settings = settings;
    }

    String tableArn(String tableName) {
        return "arn:aws:dynamodb:" + settings.region() + ":" + settings.accountId() + ":table/" + tableName;
    }

    String indexArn(String tableName, String indexName) {
        return tableArn(tableName) + "/index/" + indexName;
    }

    String streamLabel(StoredStream stream) {
        return LABEL.format(stream.createdAt());
    }

    String streamArn(StoredStream stream) {
        return tableArn(stream.tableName()) + "/stream/" + streamLabel(stream);
    }

    /** {@code shardId-<creation millis, 20 digits>-<8 hex digits>}, the shape of DynamoDB's shard ids. */
    String shardId(StoredStream stream) {
        return String.format("shardId-%020d-%08x", stream.createdAt().toEpochMilli(), streamArn(stream).hashCode());
    }

    /** The table and label of a stream ARN of this engine's region and account, if it is one. */
    Optional<StreamArn> parseStreamArn(String arn) {
        Matcher matcher = STREAM_ARN.matcher(arn == null ? "" : arn);
        if (!matcher.matches() || !matcher.group(1).equals(settings.region()) || !matcher.group(2).equals(settings.accountId())) {
            return Optional.empty();
        }
        return Optional.of(new StreamArn(matcher.group(3), matcher.group(4)));
    }

    /** The table name of a table ARN of this engine's region and account, if it is one. */
    Optional<String> parseTableArn(String arn) {
        Matcher matcher = TABLE_ARN.matcher(arn == null ? "" : arn);
        if (!matcher.matches() || !matcher.group(1).equals(settings.region()) || !matcher.group(2).equals(settings.accountId())) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(3));
    }
}

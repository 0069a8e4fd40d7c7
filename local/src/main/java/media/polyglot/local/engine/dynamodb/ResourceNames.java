package media.polyglot.local.engine.dynamodb;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;

/**
 * The names DynamoDB gives a table's resources: the table ARN, the stream label (the stream's
 * creation time, {@code 2024-05-01T12:00:00.000}), the stream ARN and the id of the stream's one shard.
 */
final class ResourceNames {

    private static final DateTimeFormatter LABEL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final Pattern STREAM_ARN =
            Pattern.compile("arn:aws:dynamodb:([^:]+):(\\d{12}):table/([a-zA-Z0-9_.-]+)/stream/(.+)");

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

    String streamLabel(StoredTable table) {
        return LABEL.format(table.createdAt());
    }

    String streamArn(StoredTable table) {
        return tableArn(table.name()) + "/stream/" + streamLabel(table);
    }

    /** {@code shardId-<creation millis, 20 digits>-<8 hex digits>}, the shape of DynamoDB's shard ids. */
    String shardId(StoredTable table) {
        return String.format("shardId-%020d-%08x", table.createdAt().toEpochMilli(), streamArn(table).hashCode());
    }

    /** The table and label of a stream ARN of this engine's region and account, if it is one. */
    Optional<StreamArn> parseStreamArn(String arn) {
        Matcher matcher = STREAM_ARN.matcher(arn == null ? "" : arn);
        if (!matcher.matches() || !matcher.group(1).equals(settings.region()) || !matcher.group(2).equals(settings.accountId())) {
            return Optional.empty();
        }
        return Optional.of(new StreamArn(matcher.group(3), matcher.group(4)));
    }
}

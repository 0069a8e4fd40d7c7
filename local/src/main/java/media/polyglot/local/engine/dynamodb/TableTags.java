package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.sqlite.TagStore;

/**
 * TagResource, UntagResource and ListTagsOfResource on tables, named by their ARN, with the limits
 * of "Tagging resources in DynamoDB": keys of 1 to 128 characters, values of up to 256, 50 tags a table.
 */
final class TableTags {

    private static final int MAX_TAGS = 50;
    private static final int MAX_KEY = 128;
    private static final int MAX_VALUE = 256;

    private final SqliteDatabase database;
    private final TableRegistry tables;
    private final TagStore tags;
    private final ResourceNames names;

    TableTags(SqliteDatabase database, TableRegistry tables, TagStore tags, ResourceNames names) {
        this.database = database;
        this.tables = tables;
        this.tags = tags;
        this.names = names;
    }

    void tag(String resourceArn, Map<String, String> added) {
        if (added.isEmpty()) {
            throw new ValidationException("1 validation error detected: Value '[]' at 'tags' failed to satisfy "
                    + "constraint: Member must have length greater than or equal to 1");
        }
        added.forEach((key, value) -> {
            if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
                throw new ValidationException("One or more parameter values were invalid: a tag key has 1 to " + MAX_KEY
                        + " characters, not: " + key);
            }
            if (value == null || value.length() > MAX_VALUE) {
                throw new ValidationException("One or more parameter values were invalid: a tag value has 0 to "
                        + MAX_VALUE + " characters; the value of " + key + " is " + (value == null ? "missing" : "longer"));
            }
        });
        database.transaction("TagResource " + resourceArn, () -> {
            StoredTable table = requireTable(resourceArn);
            for (Map.Entry<String, String> tag : added.entrySet()) {
                tags.put(table.id(), tag.getKey(), tag.getValue());
            }
            if (tags.all(table.id()).size() > MAX_TAGS) {
                throw new LimitExceededException("The number of tags on " + resourceArn + " would exceed the limit of "
                        + MAX_TAGS);
            }
            return null;
        });
    }

    void untag(String resourceArn, List<String> keys) {
        database.transaction("UntagResource " + resourceArn, () -> {
            StoredTable table = requireTable(resourceArn);
            for (String key : keys) {
                tags.delete(table.id(), key);
            }
            return null;
        });
    }

    /** The table's tags by key, in key order. */
    Map<String, String> list(String resourceArn) {
        return database.transaction("ListTagsOfResource " + resourceArn, () -> tags.all(requireTable(resourceArn).id()));
    }

    private StoredTable requireTable(String resourceArn) throws SQLException {
        String tableName = names.parseTableArn(resourceArn).orElseThrow(() -> new ValidationException(
                "Invalid TableArn: " + resourceArn + " is not the ARN of a table in this region and account"));
        return tables.find(tableName).orElseThrow(() -> new ResourceNotFoundException(
                "Requested resource not found: ResourcArn: " + resourceArn + " not found"));
    }
}

package media.polyglot.local.engine.dynamodb;

import java.util.List;
import java.util.Objects;

/**
 * What an UpdateTable asks for: a stream turned on or off, global secondary indexes created or
 * deleted. Billing and throughput changes have no effect locally and are not carried.
 *
 * @param stream null to leave the stream as it is
 */
public record TableUpdate(String tableName, StreamSetting stream, List<SecondaryIndex> createIndexes,
                          List<String> deleteIndexes) {

    /** The stream to have: enabled with a view type, or disabled ({@code viewType} null). */
    public record StreamSetting(boolean enabled, StreamViewType viewType) {

        public StreamSetting {
            if (enabled && viewType == null) {
                throw new ValidationException("One or more parameter values were invalid: "
                        + "StreamViewType is required when StreamEnabled is true");
            }
        }
    }

    public TableUpdate {
        Objects.requireNonNull(tableName, "tableName");
        createIndexes = List.copyOf(createIndexes);
        deleteIndexes = List.copyOf(deleteIndexes);
        if (createIndexes.stream().anyMatch(index -> index.kind() != IndexKind.GLOBAL)) {
            throw new ValidationException("UpdateTable creates only global secondary indexes; "
                    + "local secondary indexes are created with the table");
        }
    }

    public static TableUpdate of(String tableName) {
        return new TableUpdate(tableName, null, List.of(), List.of());
    }

    public TableUpdate withStream(StreamSetting setting) {
        return new TableUpdate(tableName, setting, createIndexes, deleteIndexes);
    }

    public TableUpdate creatingIndex(SecondaryIndex index) {
        return new TableUpdate(tableName, stream, append(createIndexes, index), deleteIndexes);
    }

    public TableUpdate deletingIndex(String indexName) {
        return new TableUpdate(tableName, stream, createIndexes, append(deleteIndexes, indexName));
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> longer = new java.util.ArrayList<>(list);
        longer.add(element);
        return longer;
    }
}

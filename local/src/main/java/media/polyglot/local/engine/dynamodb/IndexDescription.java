package media.polyglot.local.engine.dynamodb;

import java.util.Objects;

/** What DescribeTable reports about a secondary index: always ACTIVE here, with its exact item count. */
public record IndexDescription(SecondaryIndex index, String indexArn, long itemCount, long indexSizeBytes) {

    public IndexDescription {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(indexArn, "indexArn");
    }
}

package media.polyglot.local.engine.dynamodb;

import java.util.List;
import java.util.Objects;

/** What GetRecords returns: the records read and the iterator to read on from; the shard never closes. */
public record StreamRecordsPage(List<StreamRecord> records, String nextShardIterator) {

    public StreamRecordsPage {
        records = List.copyOf(records);
        Objects.requireNonNull(nextShardIterator, "nextShardIterator");
    }
}

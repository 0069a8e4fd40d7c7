package media.polyglot.local.engine.dynamodb;

import java.util.List;

/**
 * What GetRecords returns: the records read and the iterator to read on from.
 *
 * @param nextShardIterator null once a disabled stream's closed shard has been read to its end
 */
public record StreamRecordsPage(List<StreamRecord> records, String nextShardIterator) {

    public StreamRecordsPage {
        records = List.copyOf(records);
    }
}

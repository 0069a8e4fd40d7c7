package media.polyglot.local.engine.dynamodb.sqlite;

import java.util.Arrays;
import java.util.HexFormat;

/** An item's primary key as stored: the encoded partition key value and sort key value (empty without a sort key). */
public record EncodedKey(byte[] partition, byte[] sort) {

    public EncodedKey {
        partition = partition.clone();
        sort = sort.clone();
    }

    @Override
    public byte[] partition() {
        return partition.clone();
    }

    @Override
    public byte[] sort() {
        return sort.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncodedKey key && Arrays.equals(partition, key.partition) && Arrays.equals(sort, key.sort);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(partition) + Arrays.hashCode(sort);
    }

    @Override
    public String toString() {
        return "EncodedKey[" + HexFormat.of().formatHex(partition) + "/" + HexFormat.of().formatHex(sort) + "]";
    }
}

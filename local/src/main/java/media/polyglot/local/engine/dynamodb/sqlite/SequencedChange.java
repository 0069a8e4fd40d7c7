package media.polyglot.local.engine.dynamodb.sqlite;

/** A stream change with the position the stream gave it; positions only grow, across all tables. */
public record SequencedChange(long sequence, StreamChange change) {
}

package media.polyglot.local.observe;

/** The kinds of step a flow takes through the runtime. */
public enum HopKind {
    /** A request answered by a Function URL. */
    HTTP_REQUEST,
    /** An event accepted on a bus (PutEvents, another bus, a replay). */
    EVENT_PUT,
    /** A rule matched an event and its target received it. */
    TARGET_DELIVERED,
    /** A target could not receive an event; it is retried or dead-lettered. */
    TARGET_FAILED,
    /** A function ran (from a queue, a stream, a URL, a topic or an invoke). */
    FUNCTION_INVOKED,
    /** A message or event was parked in a dead-letter queue or on-failure destination. */
    DEAD_LETTERED,
    /** A message published to an SNS topic. */
    TOPIC_PUBLISHED,
    /** A write to a DynamoDB table (an item and its outbox row, say). */
    TABLE_WRITTEN
}

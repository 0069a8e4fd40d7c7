package media.polyglot.local.engine.sqs;

/** The queue a request names does not exist: SQS's {@code AWS.SimpleQueueService.NonExistentQueue}. */
public final class NonExistentQueueException extends IllegalStateException {

    NonExistentQueueException(String queueName) {
        super("AWS.SimpleQueueService.NonExistentQueue: the queue " + queueName + " does not exist");
    }
}

package media.polyglot.local.engine.sns;

/** What Publish answers: the message id, and for a FIFO topic the message's sequence number (else null). */
public record PublishResult(String messageId, String sequenceNumber) {
}

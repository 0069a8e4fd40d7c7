package media.polyglot.local.engine.sqs;

/** A message as a receive hands it out: its id, the receipt handle that deletes it, its body. */
public record ReceivedMessage(String messageId, String receiptHandle, String body) {
}

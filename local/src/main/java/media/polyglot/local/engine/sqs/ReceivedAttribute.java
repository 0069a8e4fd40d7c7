package media.polyglot.local.engine.sqs;

/**
 * A message attribute as received: its data type ({@code String}, {@code Number}, {@code Binary}, with a custom
 * suffix such as {@code String.json}) and its value, text for strings and numbers, base64 for binaries.
 */
public record ReceivedAttribute(String dataType, String stringValue, String binaryValue) {
}

package media.polyglot.local.engine.dynamodb;

/**
 * Stream sequence numbers as DynamoDB shows them: decimal strings of 21 digits, so they compare
 * the same as numbers and as text. The engine's internal position {@code p} is shown as
 * {@code 1} followed by {@code p} in 20 digits.
 */
final class SequenceNumbers {

    private static final int DIGITS = 21;

    private SequenceNumbers() {
    }

    static String format(long position) {
        return String.format("1%020d", position);
    }

    static long parse(String sequenceNumber) {
        if (sequenceNumber == null || sequenceNumber.length() != DIGITS || !sequenceNumber.startsWith("1")
                || !sequenceNumber.chars().allMatch(Character::isDigit)) {
            throw new ValidationException("Invalid SequenceNumber: " + sequenceNumber
                    + " is not a sequence number of this stream (21 decimal digits starting with 1)");
        }
        return Long.parseLong(sequenceNumber.substring(1));
    }
}

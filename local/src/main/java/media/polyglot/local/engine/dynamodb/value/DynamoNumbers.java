package media.polyglot.local.engine.dynamodb.value;

import java.math.BigDecimal;
import media.polyglot.local.engine.dynamodb.ValidationException;

/**
 * DynamoDB's number rules: at most 38 significant digits, magnitude from 1E-130 to below 1E+126,
 * and the canonical text DynamoDB returns (no exponent, no trailing zeros, so "1.50" reads back as
 * "1.5"). See the "Number" data type in the DynamoDB Developer Guide.
 */
final class DynamoNumbers {

    private static final int MAX_DIGITS = 38;
    private static final int MAX_EXPONENT = 126;
    private static final int MIN_EXPONENT = -129;

    private DynamoNumbers() {
    }

    static String canonical(String text) {
        if (isPlainInteger(text)) {
            return text;
        }
        BigDecimal number = parse(text);
        if (number.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.precision() > MAX_DIGITS) {
            throw new ValidationException("Attempting to store more than 38 significant digits in a Number: " + text);
        }
        // With the digits read as 0.d1d2..., this is the power of ten the number is scaled by.
        int exponent = stripped.precision() - stripped.scale();
        if (exponent > MAX_EXPONENT) {
            throw new ValidationException(
                    "Number overflow. Attempting to store a number with magnitude larger than supported range: " + text);
        }
        if (exponent < MIN_EXPONENT) {
            throw new ValidationException(
                    "Number underflow. Attempting to store a number with magnitude smaller than supported range: " + text);
        }
        return stripped.toPlainString();
    }

    /** Whether the text is already canonical as an integer of at most 18 digits: no sign but '-', no leading zero. */
    private static boolean isPlainInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > 18 || (text.charAt(start) == '0' && (digits > 1 || start == 1))) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ValidationException("A value provided cannot be converted into a number: \"" + text + "\"");
        }
    }
}

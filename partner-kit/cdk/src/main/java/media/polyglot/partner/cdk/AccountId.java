package media.polyglot.partner.cdk;

import java.util.regex.Pattern;

/** An AWS account id, checked at synth: a subscription without the right one would never receive anything. */
final class AccountId {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");

    private AccountId() {
    }

    static String require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required: the 12-digit AWS account id of the Polyglot bus"
                    + " that delivers to you (the Polyglot team gives it with your entry in its infra/partners.json)");
        }
        if (!TWELVE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a 12-digit AWS account id, was \"" + value + "\"");
        }
        return value;
    }
}

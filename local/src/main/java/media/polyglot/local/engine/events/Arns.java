package media.polyglot.local.engine.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of an ARN the bus needs: whose account a bus or rule is, {@code arn:aws:events:REGION:ACCOUNT:...}. */
final class Arns {

    private static final Pattern ARN = Pattern.compile("arn:[^:]+:[^:]+:[^:]*:(\\d{12}):.+");

    private Arns() {
    }

    /**
     * The account of the ARN.
     *
     * @throws IllegalArgumentException when the ARN names no 12-digit account
     */
    static String account(String arn) {
        Matcher matcher = arn == null ? null : ARN.matcher(arn);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("ARN " + arn + " names no account: arn:aws:events:REGION:ACCOUNT:...");
        }
        return matcher.group(1);
    }
}

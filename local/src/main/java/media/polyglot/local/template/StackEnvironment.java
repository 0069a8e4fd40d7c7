package media.polyglot.local.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stack artifact's {@code environment} in the cloud assembly manifest, {@code aws://ACCOUNT/REGION}. CDK writes
 * {@code aws://unknown-account/unknown-region} for an environment-agnostic stack, which has no account of its own.
 */
final class StackEnvironment {

    private static final Pattern ENVIRONMENT = Pattern.compile("aws://([^/]+)/([^/]+)");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    private StackEnvironment() {
    }

    /**
     * The account the environment names, or null when it names none.
     *
     * @throws TemplateException when the environment is neither agnostic nor {@code aws://<12 digits>/<region>}
     */
    static String account(String stackName, String environment) {
        if (environment == null || environment.isEmpty()) {
            return null;
        }
        Matcher matcher = ENVIRONMENT.matcher(environment);
        if (!matcher.matches()) {
            throw new TemplateException("stack " + stackName + ": environment " + environment
                    + " is not aws://ACCOUNT/REGION");
        }
        String account = matcher.group(1);
        if (account.equals("unknown-account")) {
            return null;
        }
        if (!ACCOUNT.matcher(account).matches()) {
            throw new TemplateException("stack " + stackName + ": the account of environment " + environment
                    + " must be 12 digits or unknown-account");
        }
        return account;
    }
}

package media.polyglot.infra;

import java.util.Objects;
import java.util.regex.Pattern;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;

/**
 * A deployment stage ({@code dev}, {@code prod}, ...): names the stack and decides what survives its deletion.
 *
 * @param name the stage name, usable in a CloudFormation stack name
 */
public record Stage(String name) {

    /** The stage used when the {@code stage} context value is absent. */
    public static final String DEFAULT = "dev";

    /** The one stage whose data outlives its stack. */
    public static final String PRODUCTION = "prod";

    // A stack name allows letters, digits and hyphens, starting with a letter.
    private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,100}");

    public Stage {
        Objects.requireNonNull(name, "name");
        if (!VALID.matcher(name).matches()) {
            throw new IllegalArgumentException("Stage '" + name
                    + "' must start with a letter and hold only letters, digits and hyphens (it names the stack)");
        }
    }

    /** The CloudFormation stack of this stage: {@code Polyglot-<stage>}. */
    public String stackName() {
        return "Polyglot-" + name;
    }

    /** How long the bus's archive keeps an event: a year in production (audits, rebuilds), a month elsewhere. */
    public Duration archiveRetention() {
        return Duration.days(PRODUCTION.equals(name) ? 365 : 30);
    }

    /** Production keeps its tables and logs when the stack goes; every other stage cleans up after itself. */
    public RemovalPolicy removalPolicy() {
        return PRODUCTION.equals(name) ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    }
}

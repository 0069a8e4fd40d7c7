package media.polyglot.it;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which target the scenarios run on: {@code -Dpolyglot.target=embedded|localstack|deployed}, or the environment
 * variable {@code POLYGLOT_TARGET}; embedded when neither is set (always in CI). A target that cannot run here
 * (no Docker, no token, no stack) skips the scenarios with the reason.
 */
final class Targets {

    static final String PROPERTY = "polyglot.target";
    static final String VARIABLE = "POLYGLOT_TARGET";

    private Targets() {
    }

    static String selected() {
        String chosen = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        return chosen == null || chosen.isBlank() ? "embedded" : chosen.trim().toLowerCase(Locale.ROOT);
    }

    /** The selected target for one scenario class; {@code label} names its own synthesized assembly. */
    static Target start(String label) {
        return start(label, TemplateEdit.NONE);
    }

    /** As {@link #start(String)}, with the template changed first where the target runs a template. */
    static Target start(String label, TemplateEdit edit) {
        return switch (selected()) {
            case "embedded" -> EmbeddedTarget.start(label, edit, null);
            case "localstack" -> LocalStackTarget.start(label, edit);
            case "deployed" -> DeployedTarget.connect();
            default -> throw new IllegalArgumentException(PROPERTY + " (or " + VARIABLE + ") must be embedded,"
                    + " localstack or deployed, was " + selected());
        };
    }

    /** The embedded runtime with its state in {@code dataDir}: for what only it can do (restarts, fault hooks). */
    static EmbeddedTarget embedded(String label, Path dataDir) {
        return EmbeddedTarget.start(label, TemplateEdit.NONE, dataDir);
    }
}

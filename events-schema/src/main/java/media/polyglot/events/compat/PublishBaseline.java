package media.polyglot.events.compat;

import java.nio.file.Path;
import java.util.List;

/**
 * Records the current schemas as published, deliberately, when a version is released:
 * {@code ./mvnw -pl events-schema -Ppublish-schemas process-classes}. Refuses (exit status 1) if any
 * change breaks a published version. Commit the updated {@code baseline/} with the release.
 */
public final class PublishBaseline {

    private PublishBaseline() {
    }

    /** Arguments: the schemas folder and the baseline folder. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: PublishBaseline <schemas folder> <baseline folder>");
            System.exit(2);
        }
        Baseline baseline = new Baseline(Path.of(args[1]), Path.of(args[0]));
        try {
            List<Path> written = baseline.publish();
            System.out.println("published " + written.size() + " schema version(s) into " + args[1]);
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}

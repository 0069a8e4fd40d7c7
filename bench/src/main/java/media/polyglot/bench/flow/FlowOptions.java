package media.polyglot.bench.flow;

import java.nio.file.Path;

/**
 * What {@code ./polyglot bench flow} runs.
 *
 * @param contents  content items submitted
 * @param languages target languages of each (each is one translation by the sandbox vendor)
 * @param rate      submissions per second (an open loop: the submitter does not wait for flows to finish)
 * @param root      the project's root: local/target/local.jar and the synthesized cdk.out
 * @param json      where the figures are written as JSON
 */
public record FlowOptions(int contents, int languages, double rate, Path root, Path json) {

    static final String USAGE = """
            usage: ./polyglot bench flow [--contents N] [--languages L] [--rate R] [--json FILE] [--root DIR]
              --contents N   content items submitted through the content Function URL (default 1000)
              --languages L  target languages of each item, 0 to 5 (default 3)
              --rate R       submissions per second, an open loop (default 10)
              --json FILE    where to write the figures (default bench/target/bench-flow.json)
              --root DIR     the project's root, with cdk.out synthesized (default: the working directory)""";

    /** The sandbox vendor translates into any tag; these are the ones the flow asks for, in order. */
    static final String[] TARGET_LANGUAGES = {"de", "fr", "es", "it", "pt"};

    public FlowOptions {
        if (contents < 1) {
            throw new IllegalArgumentException("--contents must be at least 1, was " + contents);
        }
        if (languages < 0 || languages > TARGET_LANGUAGES.length) {
            throw new IllegalArgumentException("--languages must be from 0 to " + TARGET_LANGUAGES.length + ", was "
                    + languages);
        }
        if (!(rate > 0)) {
            throw new IllegalArgumentException("--rate must be above 0, was " + rate);
        }
    }

    static FlowOptions parse(String... args) {
        int contents = 1000;
        int languages = 3;
        double rate = 10;
        Path root = Path.of("").toAbsolutePath();
        Path json = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value, or is not an option of bench flow");
            }
            String value = args[++i];
            switch (arg) {
                case "--contents" -> contents = whole(arg, value);
                case "--languages" -> languages = whole(arg, value);
                case "--rate" -> rate = Double.parseDouble(value);
                case "--root" -> root = Path.of(value).toAbsolutePath();
                case "--json" -> json = Path.of(value).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + arg + " of bench flow");
            }
        }
        return new FlowOptions(contents, languages, rate, root,
                json != null ? json : root.resolve("bench/target/bench-flow.json"));
    }

    private static int whole(String option, String value) {
        try {
            return Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, was " + value);
        }
    }
}

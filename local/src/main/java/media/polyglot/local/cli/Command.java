package media.polyglot.local.cli;

import java.io.PrintStream;
import java.util.Set;

/** One subcommand of {@code ./polyglot} that talks to a running runtime. */
interface Command {

    String name();

    /** One line of usage and one of purpose, for {@code --help}. */
    String usage();

    Set<String> options();

    void run(Arguments arguments, ManagementClient runtime, PrintStream out);
}

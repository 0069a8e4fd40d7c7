package media.polyglot.local.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's arguments: {@code --name value} options (from a known set) and positional values. */
record Arguments(Map<String, String> options, List<String> positional) {

    static Arguments parse(List<String> args, Set<String> known) {
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (!known.contains(name)) {
                    throw new CliException("unknown option " + arg + "; options are --" + String.join(", --", known));
                }
                if (i + 1 >= args.size()) {
                    throw new CliException(arg + " needs a value");
                }
                options.put(name, args.get(++i));
            } else {
                positional.add(arg);
            }
        }
        return new Arguments(options, positional);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    String positional(int index, String what) {
        if (index >= positional.size()) {
            throw new CliException("missing " + what);
        }
        return positional.get(index);
    }
}

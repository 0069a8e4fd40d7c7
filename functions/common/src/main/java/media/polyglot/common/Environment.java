package media.polyglot.common;

import java.util.Map;

/** Reads the settings infra gives a function; a missing one fails at cold start, naming it. */
public final class Environment {

    private final Map<String, String> variables;

    public Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** The function's own process environment. */
    public static Environment ofProcess() {
        return new Environment(System.getenv());
    }

    public String require(String name) {
        String value = variables.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set; infra sets it on this function");
        }
        return value;
    }

    /** A whole number setting; a value that is not one fails at cold start, naming it. */
    public int requireInt(String name) {
        String value = require(name);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("environment variable " + name + " must be a whole number, was \"" + value + "\"");
        }
    }
}

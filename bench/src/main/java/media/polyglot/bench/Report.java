package media.polyglot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one invocation: printed as a table, written as JSON. */
public final class Report {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, String> machine;
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, String> failures = new LinkedHashMap<>();

    public Report(Map<String, String> machine) {
        this.machine = new LinkedHashMap<>(machine);
    }

    public void add(List<Figure> measured) {
        figures.addAll(measured);
    }

    public void failed(String benchmark, String why) {
        failures.put(benchmark, why);
    }

    public boolean anyFailed() {
        return !failures.isEmpty();
    }

    public void print(PrintStream out) {
        String format = "%-10s %-54s %10s %-9s %-9s %-6s %s%n";
        out.printf(format, "benchmark", "figure", "value", "unit", "goal", "result", "note");
        for (Figure figure : figures) {
            out.printf(format, figure.benchmark(), figure.name(),
                    figure.value() == null ? "-" : number(figure.value()), figure.unit(),
                    figure.goal() == null ? "" : figure.goal(),
                    figure.pass() == null ? "" : figure.pass() ? "pass" : "FAIL",
                    figure.note() == null ? "" : figure.note());
        }
        failures.forEach((benchmark, why) -> out.printf("%-10s did not run: %s%n", benchmark, why));
        long goals = figures.stream().filter(f -> f.pass() != null).count();
        long passed = figures.stream().filter(f -> Boolean.TRUE.equals(f.pass())).count();
        out.printf("%d of %d goals met%n", passed, goals);
    }

    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.set("machine", JSON.valueToTree(machine));
        ArrayNode list = root.putArray("figures");
        figures.forEach(figure -> list.add(JSON.valueToTree(figure)));
        root.set("failures", JSON.valueToTree(failures));
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writeValue(file.toFile(), root);
    }

    /** A figure as printed: grouped thousands from 100 up, more decimals below. */
    public static String number(double value) {
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, value);
    }
}

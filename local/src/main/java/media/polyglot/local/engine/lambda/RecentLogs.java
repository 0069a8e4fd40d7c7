package media.polyglot.local.engine.lambda;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The last lines each function wrote, for status and the dashboard; older lines drop off. */
public final class RecentLogs {

    private static final int LINES_PER_FUNCTION = 50;

    private final Map<String, Deque<String>> byFunction = new ConcurrentHashMap<>();

    void add(String functionName, String line) {
        Deque<String> lines = byFunction.computeIfAbsent(functionName, name -> new ArrayDeque<>());
        synchronized (lines) {
            lines.addLast(line);
            if (lines.size() > LINES_PER_FUNCTION) {
                lines.removeFirst();
            }
        }
    }

    /** The function's last lines, oldest first. */
    public List<String> of(String functionName) {
        Deque<String> lines = byFunction.get(functionName);
        if (lines == null) {
            return List.of();
        }
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}

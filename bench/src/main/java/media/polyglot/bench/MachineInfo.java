package media.polyglot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the figures depend on: cores, Java, the OS, memory, and the load when the bench started. */
final class MachineInfo {

    private MachineInfo() {
    }

    static Map<String, String> describe() {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        info.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        info.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        info.put("memory", firstLine(Path.of("/proc/meminfo")).replaceAll("\\s+", " "));
        info.put("load average", firstLine(Path.of("/proc/loadavg")));
        return info;
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).get(0).trim();
        } catch (IOException | IndexOutOfBoundsException e) {
            return "unknown (" + file + " unreadable)";
        }
    }
}

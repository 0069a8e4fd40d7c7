package media.polyglot.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** VmRSS from /proc/PID/status (Linux); 0 for a process that has gone or a system without /proc. */
final class ResidentMemory {

    private ResidentMemory() {
    }

    static long ofPid(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring("VmRSS:".length()).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}

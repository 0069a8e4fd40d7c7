package media.polyglot.local.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a small state file of the data directory whole: written beside it, then moved over it,
 * so a crash mid-write leaves the old content, never half of the new one.
 */
public final class StateFiles {

    private StateFiles() {
    }

    /** @param what what the file holds, for the error message */
    public static void replace(Path file, String content, String what) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + what + " to " + file, e);
        }
    }
}

package media.polyglot.local.engine.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchivesTest {

    @TempDir
    Path directory;

    @Test
    void theFirstInstanceRecordsAnArchiveThatLaterInstancesMap() throws Exception {
        Path jar = Files.writeString(directory.resolve("function.jar"), "jar");
        ClassDataArchives archives = new ClassDataArchives(directory.resolve("cds"));

        ClassDataArchives.Use first = archives.use(List.of(jar), "a.Handler");
        assertThat(first.flags()).singleElement().asString().startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(archives.use(List.of(jar), "a.Handler").flags()).as("a second instance while the first records").isEmpty();

        Path partial = Path.of(first.flags().get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.writeString(partial, "archived classes");
        first.afterExit().accept(143);

        assertThat(archives.use(List.of(jar), "a.Handler").flags()).singleElement().asString()
                .startsWith("-XX:SharedArchiveFile=").endsWith(".jsa");
        assertThat(archives.use(List.of(jar), "b.Handler").flags()).singleElement().asString()
                .startsWith("-XX:ArchiveClassesAtExit=");
    }

    @Test
    void anExitWithoutAnArchiveLeavesNothingAndTheNextInstanceRecordsAgain() throws Exception {
        Path jar = Files.writeString(directory.resolve("function.jar"), "jar");
        ClassDataArchives archives = new ClassDataArchives(directory.resolve("cds"));

        archives.use(List.of(jar), "a.Handler").afterExit().accept(0);

        assertThat(archives.use(List.of(jar), "a.Handler").flags()).singleElement().asString()
                .startsWith("-XX:ArchiveClassesAtExit=");
    }

    @Test
    void anArchiveItsJvmWasKilledWhileWritingIsNotKept() throws Exception {
        Path jar = Files.writeString(directory.resolve("function.jar"), "jar");
        ClassDataArchives archives = new ClassDataArchives(directory.resolve("cds"));
        ClassDataArchives.Use killed = archives.use(List.of(jar), "a.Handler");
        Path partial = Path.of(killed.flags().get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.writeString(partial, "half an archive");

        killed.afterExit().accept(137);

        assertThat(partial).doesNotExist();
        assertThat(archives.use(List.of(jar), "a.Handler").flags()).singleElement().asString()
                .startsWith("-XX:ArchiveClassesAtExit=");
    }

    @Test
    void pruningDeletesWhatWasNotUsedSinceTheCutoffAndKeepsWhatWas() throws Exception {
        Path jar = Files.writeString(directory.resolve("function.jar"), "jar");
        Path cds = Files.createDirectories(directory.resolve("cds"));
        ClassDataArchives archives = new ClassDataArchives(cds);
        ClassDataArchives.Use recorded = archives.use(List.of(jar), "a.Handler");
        Files.writeString(Path.of(recorded.flags().get(0).substring("-XX:ArchiveClassesAtExit=".length())), "classes");
        recorded.afterExit().accept(0);
        Path stale = Files.writeString(cds.resolve("0123.jsa"), "old code's classes");
        Instant cutoff = Instant.now().minus(Duration.ofDays(7));
        for (Path file : List.of(stale, Files.list(cds).filter(f -> !f.equals(stale)).findFirst().orElseThrow())) {
            Files.setLastModifiedTime(file, FileTime.from(cutoff.minus(Duration.ofDays(1))));
        }
        archives.use(List.of(jar), "a.Handler");

        archives.prune(cutoff);

        assertThat(Files.list(cds).toList()).as("the archive just used stays").hasSize(1).doesNotContain(stale);
        assertThat(archives.use(List.of(jar), "a.Handler").flags()).singleElement().asString()
                .startsWith("-XX:SharedArchiveFile=");
    }

    @Test
    void codeInADirectoryRunsWithoutArchives() {
        assertThat(new ClassDataArchives(directory.resolve("cds")).use(List.of(directory), "a.Handler").flags()).isEmpty();
    }
}

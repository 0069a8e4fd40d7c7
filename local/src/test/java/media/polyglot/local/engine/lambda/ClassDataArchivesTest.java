package media.polyglot.local.engine.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
        first.afterExit().run();

        assertThat(archives.use(List.of(jar), "a.Handler").flags()).singleElement().asString()
                .startsWith("-XX:SharedArchiveFile=").endsWith(".jsa");
        assertThat(archives.use(List.of(jar), "b.Handler").flags()).singleElement().asString()
                .startsWith("-XX:ArchiveClassesAtExit=");
    }

    @Test
    void anExitWithoutAnArchiveLeavesNothingAndTheNextInstanceRecordsAgain() throws Exception {
        Path jar = Files.writeString(directory.resolve("function.jar"), "jar");
        ClassDataArchives archives = new ClassDataArchives(directory.resolve("cds"));

        archives.use(List.of(jar), "a.Handler").afterExit().run();

        assertThat(archives.use(List.of(jar), "a.Handler").flags()).singleElement().asString()
                .startsWith("-XX:ArchiveClassesAtExit=");
    }

    @Test
    void codeInADirectoryRunsWithoutArchives() {
        assertThat(new ClassDataArchives(directory.resolve("cds")).use(List.of(directory), "a.Handler").flags()).isEmpty();
    }
}

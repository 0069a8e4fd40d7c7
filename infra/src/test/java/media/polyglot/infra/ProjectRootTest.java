package media.polyglot.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectRootTest {

    private final ProjectRoot root = ProjectRoot.ofWorkingDirectory();

    @Test
    void mavenRunsTheseTestsBelowTheRootWhichHoldsCdkJson() {
        assertThat(Path.of("").toAbsolutePath()).startsWith(root.path()).isNotEqualTo(root.path());
        assertThat(root.path().resolve(ProjectRoot.MARKER)).isRegularFile();
    }

    @Test
    void anyDirectoryBelowTheRootLeadsBackToIt() {
        assertThat(ProjectRoot.locate(root.path().resolve("infra/src/test/java"))).isEqualTo(root);
        assertThat(ProjectRoot.locate(root.path().resolve("test-integration"))).isEqualTo(root);
        assertThat(ProjectRoot.locate(root.path())).isEqualTo(root);
    }

    @Test
    void aDirectoryOutsideAnyProjectIsRefusedWithWhatWasMissing(@TempDir Path outside) {
        assertThatThrownBy(() -> ProjectRoot.locate(outside))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ProjectRoot.MARKER)
                .hasMessageContaining(outside.toString());
    }

    @Test
    void aContextsJarIsItsModulesShadedJar() {
        assertThat(root.functionJar("content")).isEqualTo(root.path().resolve("functions/content/target/content.jar"));
        assertThat(root.functionJar("audit")).isEqualTo(root.path().resolve("functions/audit/target/audit.jar"));
    }

    @Test
    void aJarNotYetBuiltIsNamedWithTheCommandThatBuildsIt(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve(ProjectRoot.MARKER), "{}");
        assertThatThrownBy(() -> ProjectRoot.locate(project).functionJar("content"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(project.resolve("functions/content/target/content.jar").toString())
                .hasMessageContaining("./mvnw -pl infra -am package");
    }
}

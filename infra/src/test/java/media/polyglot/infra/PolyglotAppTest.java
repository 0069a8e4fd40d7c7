package media.polyglot.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.cxapi.CloudAssembly;

/** The in-process synthesis the integration tests and the local runtime call, from a module's directory. */
class PolyglotAppTest {

    @Test
    void synthesizesTheStageIntoTheChosenDirectoryWithTheFunctionJarsAsAssets(@TempDir Path outdir) throws IOException {
        ProjectRoot root = ProjectRoot.ofWorkingDirectory();
        assertThat(Path.of("").toAbsolutePath()).isNotEqualTo(root.path());

        CloudAssembly assembly = PolyglotApp.synthesize(outdir, "it");

        assertThat(assembly.getStacks()).singleElement()
                .satisfies(stack -> assertThat(stack.getStackName()).isEqualTo("Polyglot-it"))
                .satisfies(stack -> assertThat(Path.of(stack.getTemplateFullPath()))
                        .isEqualTo(outdir.resolve("Polyglot-it.template.json")).isRegularFile());
        List<Path> assets = assetJars(outdir);
        // Stage "it" deploys no sandbox vendor: one jar per business context.
        List<String> contexts = List.of("content", "moderation", "localization", "publishing", "notifications", "catalog", "audit");
        assertThat(assets).hasSize(contexts.size());
        for (Path jar : contexts.stream().map(root::functionJar).toList()) {
            assertThat(assets).anySatisfy(asset -> assertThat(Files.mismatch(asset, jar)).isEqualTo(-1L));
        }
    }

    private static List<Path> assetJars(Path outdir) throws IOException {
        try (Stream<Path> files = Files.list(outdir)) {
            return files.filter(f -> f.getFileName().toString().matches("asset\\.[0-9a-f]+\\.jar")).toList();
        }
    }
}

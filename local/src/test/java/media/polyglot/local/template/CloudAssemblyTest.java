package media.polyglot.local.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudAssemblyTest {

    @TempDir
    Path dir;

    @Test
    void aMissingAssemblyTellsHowToMakeOne() {
        assertThatThrownBy(() -> CloudAssembly.read(dir))
                .isInstanceOf(TemplateException.class)
                .hasMessage(dir.resolve("manifest.json") + " does not exist; run `npx cdk synth` (or ./polyglot up) first");
    }

    @Test
    void aTemplateThatIsNotJsonFailsNamingTheFile() throws Exception {
        AssemblyFixture.write(dir, "{ not json");

        assertThatThrownBy(() -> CloudAssembly.read(dir))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith(dir.resolve("S.template.json") + " is not valid JSON");
    }

    @Test
    void aResourceWithoutTypeFailsNamingIt() throws Exception {
        AssemblyFixture.write(dir, "{\"Resources\": {\"Q\": {\"Properties\": {}}}}");

        assertThatThrownBy(() -> CloudAssembly.read(dir))
                .hasMessage(dir.resolve("S.template.json") + ": resource Q has no Type");
    }

    @Test
    void stacksAndTheirAssetsAreRead() throws Exception {
        AssemblyFixture.write(dir, "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}", """
                {"files": {"abc": {"source": {"path": "asset.abc.jar", "packaging": "file"},
                                   "destinations": {"d": {"bucketName": "b", "objectKey": "abc.jar"}}}}}""");
        Files.writeString(dir.resolve("asset.abc.jar"), "jar");

        CloudAssembly assembly = CloudAssembly.read(dir);

        assertThat(assembly.stacks()).singleElement().satisfies(stack -> {
            assertThat(stack.stackName()).isEqualTo("Polyglot-dev");
            assertThat(stack.template().resource("Q").type()).isEqualTo("AWS::SQS::Queue");
            assertThat(stack.assets().fileFor("abc.jar")).isEqualTo(dir.resolve("asset.abc.jar"));
        });
    }
}

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

    @Test
    void aStackRunsInItsEnvironmentsAccountAndAnAgnosticStackInNone() throws Exception {
        AssemblyFixture.write(dir, "{\"Resources\": {}}");
        String manifest = Files.readString(dir.resolve("manifest.json"));
        Files.writeString(dir.resolve("manifest.json"), manifest.replace("\"type\": \"aws:cloudformation:stack\",",
                "\"type\": \"aws:cloudformation:stack\", \"environment\": \"aws://111122223333/eu-west-1\","));
        assertThat(CloudAssembly.read(dir).stacks().get(0).account()).isEqualTo("111122223333");

        Files.writeString(dir.resolve("manifest.json"), manifest.replace("\"type\": \"aws:cloudformation:stack\",",
                "\"type\": \"aws:cloudformation:stack\", \"environment\": \"aws://unknown-account/unknown-region\","));
        assertThat(CloudAssembly.read(dir).stacks().get(0).accountOr("000000000000")).isEqualTo("000000000000");

        Files.writeString(dir.resolve("manifest.json"), manifest.replace("\"type\": \"aws:cloudformation:stack\",",
                "\"type\": \"aws:cloudformation:stack\", \"environment\": \"aws://acme/eu-west-1\","));
        assertThatThrownBy(() -> CloudAssembly.read(dir)).isInstanceOf(TemplateException.class)
                .hasMessage("stack Polyglot-dev: the account of environment aws://acme/eu-west-1 must be 12 digits or"
                        + " unknown-account");
    }
}

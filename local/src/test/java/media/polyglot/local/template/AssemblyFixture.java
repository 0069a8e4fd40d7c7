package media.polyglot.local.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a one-stack cloud assembly, as `cdk synth` lays it out, around a hand-written template. */
public final class AssemblyFixture {

    private AssemblyFixture() {
    }

    /** A stack {@code Polyglot-dev} with this template, no assets. */
    public static void write(Path directory, String template) throws IOException {
        write(directory, template, "{\"files\": {}}");
    }

    public static void write(Path directory, String template, String assetManifest) throws IOException {
        Files.writeString(directory.resolve("manifest.json"), """
                {"version": "48.0.0", "artifacts": {
                  "S.assets": {"type": "cdk:asset-manifest", "properties": {"file": "S.assets.json"}},
                  "S": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "S.template.json",
                        "stackName": "Polyglot-dev"}, "dependencies": ["S.assets"]}}}""");
        Files.writeString(directory.resolve("S.assets.json"), assetManifest);
        Files.writeString(directory.resolve("S.template.json"), template);
    }
}

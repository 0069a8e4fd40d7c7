package media.polyglot.local.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code cdk synth} wrote to {@code cdk.out}: the manifest, each stack's template and its
 * asset manifest. The local runtime runs exactly this, never a second description of the topology.
 */
public record CloudAssembly(Path directory, List<StackArtifact> stacks) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public CloudAssembly {
        stacks = List.copyOf(stacks);
    }

    public static CloudAssembly read(Path directory) {
        JsonNode manifest = readJson(directory.resolve("manifest.json"));
        Map<String, AssetManifest> assetsByArtifact = new HashMap<>();
        manifest.path("artifacts").fields().forEachRemaining(entry -> {
            if ("cdk:asset-manifest".equals(entry.getValue().path("type").asText())) {
                Path file = directory.resolve(entry.getValue().path("properties").path("file").asText());
                assetsByArtifact.put(entry.getKey(), AssetManifest.parse(file, readJson(file)));
            }
        });
        List<StackArtifact> stacks = new ArrayList<>();
        manifest.path("artifacts").fields().forEachRemaining(entry -> {
            JsonNode artifact = entry.getValue();
            if ("aws:cloudformation:stack".equals(artifact.path("type").asText())) {
                Path templateFile = directory.resolve(artifact.path("properties").path("templateFile").asText());
                String stackName = artifact.path("properties").path("stackName").asText(entry.getKey());
                AssetManifest assets = AssetManifest.empty();
                for (JsonNode dependency : artifact.path("dependencies")) {
                    assets = assetsByArtifact.getOrDefault(dependency.asText(), assets);
                }
                stacks.add(new StackArtifact(Template.parse(stackName, templateFile, readJson(templateFile)), assets,
                        StackEnvironment.account(stackName, artifact.path("environment").asText(null))));
            }
        });
        if (stacks.isEmpty()) {
            throw new TemplateException(directory.resolve("manifest.json") + ": the cloud assembly holds no stack");
        }
        return new CloudAssembly(directory, stacks);
    }

    private static JsonNode readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TemplateException(file + " does not exist; run `npx cdk synth` (or ./polyglot up) first");
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new TemplateException(file + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}

package media.polyglot.local.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A stack's asset manifest: which file in the cloud assembly each S3 object key of the template
 * stands for. On AWS the CLI uploads these files; locally they are used where they lie.
 */
public record AssetManifest(Path file, Map<String, Path> filesByObjectKey) {

    public AssetManifest {
        filesByObjectKey = Map.copyOf(filesByObjectKey);
    }

    static AssetManifest empty() {
        return new AssetManifest(null, Map.of());
    }

    static AssetManifest parse(Path file, JsonNode json) {
        Path directory = file.getParent();
        Map<String, Path> byKey = new HashMap<>();
        json.path("files").fields().forEachRemaining(entry -> {
            Path source = directory.resolve(entry.getValue().path("source").path("path").asText());
            entry.getValue().path("destinations").forEach(destination ->
                    byKey.put(destination.path("objectKey").asText(), source));
        });
        return new AssetManifest(file, byKey);
    }

    /** The local file behind an S3 object key of the template. */
    public Path fileFor(String objectKey) {
        Path path = filesByObjectKey.get(objectKey);
        if (path == null) {
            throw new TemplateException((file == null ? "the cloud assembly" : file.toString())
                    + ": no asset has object key " + objectKey);
        }
        if (!Files.exists(path)) {
            throw new TemplateException(file + ": asset " + objectKey + " should be at " + path
                    + " but the file is missing; synthesize again");
        }
        return path;
    }
}

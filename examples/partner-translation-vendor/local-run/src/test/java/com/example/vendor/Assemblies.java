package com.example.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * One cloud assembly holding the stacks of several CDK apps, each synthesized on its own as `cdk synth` would (ours
 * with its cdk-nag checks, the partners' without): templates, asset manifests and staged assets side by side, and a
 * manifest listing every artifact of all. The local runtime runs it as it runs any assembly.
 */
final class Assemblies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Assemblies() {
    }

    static Path merge(Path into, Path... assemblies) {
        try {
            Files.createDirectories(into);
            ObjectNode manifest = (ObjectNode) read(assemblies[0].resolve("manifest.json"));
            ObjectNode artifacts = (ObjectNode) manifest.path("artifacts");
            for (Path assembly : assemblies) {
                artifacts.setAll((ObjectNode) read(assembly.resolve("manifest.json")).path("artifacts"));
                try (var files = Files.list(assembly)) {
                    for (Path file : files.toList()) {
                        if (!file.getFileName().toString().equals("manifest.json")) {
                            copy(file, into.resolve(file.getFileName().toString()));
                        }
                    }
                }
            }
            Files.writeString(into.resolve("manifest.json"), manifest.toString());
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge " + Arrays.toString(assemblies) + " into " + into, e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            try (var tree = Files.walk(from)) {
                for (Path path : tree.toList()) {
                    Path target = to.resolve(from.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } else {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }
}

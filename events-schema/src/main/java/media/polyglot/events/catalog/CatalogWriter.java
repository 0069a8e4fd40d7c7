package media.polyglot.events.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.events.EventContract;
import media.polyglot.events.EventContracts;
import media.polyglot.events.EventJson;
import media.polyglot.events.SchemaResources;

/**
 * Writes the generated documentation the build produces into {@code events-schema/target/}:
 * {@code asyncapi/asyncapi.json}, and the static catalog {@code catalog/index.html} with
 * {@code asyncapi.json} and every schema and example beside it. Run by the build
 * (exec-maven-plugin, phase process-classes) with the target folder and the version as arguments.
 */
public final class CatalogWriter {

    private CatalogWriter() {
    }

    /** Arguments: the target folder and the contracts' version. */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CatalogWriter <target folder> <version>");
        }
        List<Path> written = write(Path.of(args[0]), args[1]);
        System.out.println("event catalog: wrote " + written.size() + " files, open " + written.get(1).toAbsolutePath());
    }

    /** Writes everything under {@code target}; returns the files, the AsyncAPI document and the page first. */
    public static List<Path> write(Path target, String version) {
        String asyncApi = pretty(AsyncApiDocument.build(version));
        List<Path> written = new ArrayList<>();
        written.add(writeFile(target.resolve("asyncapi/asyncapi.json"), asyncApi));
        Path catalog = target.resolve("catalog");
        written.add(writeFile(catalog.resolve("index.html"), HtmlCatalog.render(version)));
        written.add(writeFile(catalog.resolve("asyncapi.json"), asyncApi));
        for (EventContract contract : EventContracts.all()) {
            written.add(writeFile(catalog.resolve(contract.type().schemaResource()),
                    pretty(SchemaResources.schema(contract.type()))));
            written.add(writeFile(catalog.resolve(contract.type().exampleResource()),
                    pretty(SchemaResources.example(contract.type()))));
        }
        written.add(writeFile(catalog.resolve(SchemaResources.ENVELOPE), pretty(SchemaResources.envelope())));
        return written;
    }

    private static Path writeFile(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String pretty(JsonNode json) {
        try {
            return EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot print " + json, e);
        }
    }
}

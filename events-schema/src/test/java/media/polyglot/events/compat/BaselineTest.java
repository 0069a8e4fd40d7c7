package media.polyglot.events.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static final String V1 = """
            {"type": "object", "required": ["contentId"],
             "properties": {"contentId": {"type": "string"}, "url": {"type": "string"}}}""";
    private static final String V1_WITHOUT_URL = """
            {"type": "object", "required": ["contentId"], "properties": {"contentId": {"type": "string"}}}""";
    private static final String V1_WITH_OPTIONAL_FIELD = """
            {"type": "object", "required": ["contentId"],
             "properties": {"contentId": {"type": "string"}, "url": {"type": "string"}, "summary": {"type": "string"}}}""";

    @TempDir
    Path root;

    @Test
    void aPublishedVersionMissingFromTheSchemasIsRefused() throws IOException {
        write("baseline/ContentPublished/v1.schema.json", V1);
        Files.createDirectories(root.resolve("schemas"));

        assertThat(baseline().check()).extracting(Break::message).containsExactly(
                "ContentPublished v1: schema was removed from " + root.resolve("schemas/ContentPublished/v1.schema.json")
                        + " (rule removed-version: a published version is never removed while it is in the baseline)");
    }

    @Test
    void aNewVersionNotYetPublishedIsFreeToChange() throws IOException {
        write("baseline/ContentPublished/v1.schema.json", V1);
        write("schemas/ContentPublished/v1.schema.json", V1);
        write("schemas/ContentPublished/v2.schema.json", V1_WITHOUT_URL);

        assertThat(baseline().check()).isEmpty();
    }

    @Test
    void publishingRecordsEveryCurrentVersionAndTheEnvelope() throws IOException {
        write("baseline/ContentPublished/v1.schema.json", V1);
        write("schemas/ContentPublished/v1.schema.json", V1_WITH_OPTIONAL_FIELD);
        write("schemas/ContentPublished/v1.example.json", "{}");
        write("schemas/ContentPublished/v2.schema.json", V1_WITHOUT_URL);
        write("schemas/envelope.schema.json", V1);

        assertThat(baseline().publish()).containsExactly(root.resolve("baseline/ContentPublished/v1.schema.json"),
                root.resolve("baseline/ContentPublished/v2.schema.json"), root.resolve("baseline/envelope.schema.json"));
        assertThat(root.resolve("baseline/ContentPublished/v1.schema.json")).hasContent(V1_WITH_OPTIONAL_FIELD);
        assertThat(root.resolve("baseline/ContentPublished/v1.example.json")).doesNotExist();
    }

    @Test
    void publishingABreakingChangeIsRefusedAndLeavesTheBaselineAsItWas() throws IOException {
        write("baseline/ContentPublished/v1.schema.json", V1);
        write("schemas/ContentPublished/v1.schema.json", V1_WITHOUT_URL);

        assertThatThrownBy(() -> baseline().publish())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("not publishing: 1 breaking change(s) to published schemas; put them in a new major version "
                        + "instead:\nContentPublished v1: field \"url\" was removed "
                        + "(rule removed-field: a field of a published version is never removed or renamed)");
        assertThat(root.resolve("baseline/ContentPublished/v1.schema.json")).hasContent(V1);
    }

    @Test
    void theEnvelopeIsCheckedUnderItsOwnName() throws IOException {
        write("baseline/envelope.schema.json", V1);
        write("schemas/envelope.schema.json", V1_WITHOUT_URL);

        assertThat(baseline().check()).extracting(Break::subject, Break::field).containsExactly(
                tuple("envelope", "url"));
    }

    private Baseline baseline() {
        return new Baseline(root.resolve("baseline"), root.resolve("schemas"));
    }

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}

package media.polyglot.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractValidatorTest {

    private final ContractValidator validator = new ContractValidator();

    @Test
    void theExampleEventFollowsItsContract() throws IOException {
        assertThat(validator.violations(ContentSubmitted.TYPE, example())).isEmpty();
    }

    @Test
    void theRecordSerializesToWhatItsSchemaAccepts() {
        var envelope = new Envelope<>(
                new EventMetadata("e-1", 1, "corr-1", "req-1", "content", Instant.parse("2026-11-26T10:00:00Z")),
                new ContentSubmitted("c-1", 1, "Title", "en", "news", List.of("de", "fr")));
        JsonNode detail = EventJson.mapper().valueToTree(envelope);

        assertThat(validator.violations(ContentSubmitted.TYPE, detail)).isEmpty();
    }

    @Test
    void aMissingDataFieldIsNamed() throws IOException {
        ObjectNode detail = example();
        ((ObjectNode) detail.get("data")).remove("language");

        assertThat(validator.violations(ContentSubmitted.TYPE, detail))
                .singleElement().asString().startsWith("data: ").contains("language");
    }

    @Test
    void aMissingMetadataFieldIsNamed() throws IOException {
        ObjectNode detail = example();
        ((ObjectNode) detail.get("metadata")).remove("correlationId");

        assertThat(validator.violations(ContentSubmitted.TYPE, detail))
                .singleElement().asString().contains("correlationId");
    }

    @Test
    void aDeclaredVersionOtherThanTheContractsIsRefused() throws IOException {
        ObjectNode detail = example();
        ((ObjectNode) detail.get("metadata")).put("schemaVersion", 2);

        assertThat(validator.violations(ContentSubmitted.TYPE, detail))
                .containsExactly("metadata.schemaVersion is 2 but the event is ContentSubmitted v1");
    }

    @Test
    void requireValidListsEveryViolation() throws IOException {
        ObjectNode detail = example();
        ((ObjectNode) detail.get("data")).put("revision", 3).put("language", "English");

        assertThatThrownBy(() -> validator.requireValid(ContentSubmitted.TYPE, detail))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageStartingWith("ContentSubmitted v1 breaks its contract: ")
                .satisfies(e -> assertThat(((ContractViolationException) e).violations()).hasSize(2));
    }

    @Test
    void anUnknownVersionHasNoContract() throws IOException {
        ObjectNode detail = example();

        assertThatThrownBy(() -> validator.violations(new EventType("ContentSubmitted", 9), detail))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessage("no event contract at schemas/ContentSubmitted/v9.schema.json: unknown detail-type or version");
    }

    private static ObjectNode example() throws IOException {
        try (InputStream in = ContractValidatorTest.class.getClassLoader()
                .getResourceAsStream("schemas/ContentSubmitted/v1.example.json")) {
            return (ObjectNode) EventJson.mapper().readTree(in);
        }
    }
}

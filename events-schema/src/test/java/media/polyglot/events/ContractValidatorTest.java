package media.polyglot.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import media.polyglot.events.content.ContentSubmitted;
import org.junit.jupiter.api.Test;

class ContractValidatorTest {

    private final ContractValidator validator = new ContractValidator();

    @Test
    void theRecordSerializesToWhatItsSchemaAccepts() {
        var envelope = new Envelope<>(
                new EventMetadata("e-1", 1, "corr-1", "req-1", "content", Instant.parse("2026-11-26T10:00:00Z")),
                new ContentSubmitted("c-1", 1, "Title", "en", "news", List.of("de", "fr"),
                        BodyReference.ofText("polyglot://content/c-1/revisions/1/body", "Body")));
        JsonNode detail = EventJson.mapper().valueToTree(envelope);

        assertThat(validator.violations(ContentSubmitted.TYPE, detail)).isEmpty();
    }

    @Test
    void aMissingDataFieldIsNamedByItsPointerAndKeyword() {
        ObjectNode detail = example();
        ((ObjectNode) detail.get("data")).remove("language");

        assertThat(validator.violations(ContentSubmitted.TYPE, detail))
                .containsExactly("/data/language [required] required property 'language' not found");
    }

    @Test
    void aMissingMetadataFieldIsNamedByItsPointerAndKeyword() {
        ObjectNode detail = example();
        ((ObjectNode) detail.get("metadata")).remove("correlationId");

        assertThat(validator.violations(ContentSubmitted.TYPE, detail))
                .containsExactly("/metadata/correlationId [required] required property 'correlationId' not found");
    }

    @Test
    void aNestedValueThatBreaksItsPatternIsNamedByItsPointerAndKeyword() {
        ObjectNode detail = example();
        ((ObjectNode) detail.at("/data/body")).put("sha256", "not-a-hash");

        assertThat(validator.violations(ContentSubmitted.TYPE, detail))
                .containsExactly("/data/body/sha256 [pattern] does not match the regex pattern ^[0-9a-f]{64}$");
    }

    @Test
    void aDeclaredVersionOtherThanTheContractsIsRefused() {
        ObjectNode detail = example();
        ((ObjectNode) detail.get("metadata")).put("schemaVersion", 2);

        assertThat(validator.violations(ContentSubmitted.TYPE, detail)).containsExactly(
                "/metadata/schemaVersion [schemaVersion] is 2 but the event is ContentSubmitted v1 (detail-type ContentSubmitted)");
    }

    @Test
    void requireValidNamesTheEventAndListsEveryViolation() {
        ObjectNode detail = example();
        ((ObjectNode) detail.get("data")).put("revision", 3).put("language", "English");

        assertThatThrownBy(() -> validator.requireValid(ContentSubmitted.TYPE, detail))
                .isInstanceOf(ContractViolationException.class)
                .hasMessage("ContentSubmitted v1 (detail-type ContentSubmitted) breaks its contract: "
                        + "/data/revision [const] must be the constant value '1'; "
                        + "/data/language [pattern] does not match the regex pattern ^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
                .satisfies(e -> assertThat(((ContractViolationException) e).violations()).hasSize(2));
    }

    @Test
    void anUnknownVersionHasNoContract() {
        ObjectNode detail = example();

        assertThatThrownBy(() -> validator.violations(new EventType("ContentSubmitted", 9), detail))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageStartingWith("unknown detail-type \"ContentSubmitted.v9\" (ContentSubmitted v9): "
                        + "no contract for it; known detail-types are [ContentSubmitted, ContentRevised,");
    }

    private static ObjectNode example() {
        return (ObjectNode) SchemaResources.example(ContentSubmitted.TYPE).deepCopy();
    }
}

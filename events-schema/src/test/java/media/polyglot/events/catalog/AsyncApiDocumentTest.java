package media.polyglot.events.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import media.polyglot.events.EventContracts;
import media.polyglot.events.EventJson;
import org.junit.jupiter.api.Test;

/**
 * The generated AsyncAPI document validates against the official AsyncAPI 3.0.0 JSON Schema, as the
 * npm package {@code @asyncapi/specs} (version pinned in package-lock.json) ships it; the build's
 * {@code npm ci} step installs it.
 */
class AsyncApiDocumentTest {

    private static final Path OFFICIAL_SCHEMA = Path.of("node_modules/@asyncapi/specs/schemas/3.0.0-without-$id.json");
    /** Keywords that mean the same in draft-07 (as embedded) and 2020-12 (as written). */
    private static final Set<String> SHARED_KEYWORDS = Set.of("$schema", "$id", "title", "description", "type",
            "required", "properties", "items", "enum", "const", "minLength", "maxLength", "pattern", "format",
            "minimum", "maximum", "minItems", "maxItems", "uniqueItems");

    private final ObjectNode document = AsyncApiDocument.build("1.2.3");

    @Test
    void theDocumentValidatesAgainstTheOfficialAsyncApi300Schema() throws IOException {
        assertThat(official().validate(document)).isEmpty();
    }

    @Test
    void theOfficialSchemaRefusesAnOperationWithoutAnAction() throws IOException {
        ((ObjectNode) document.at("/operations/ContentSubmitted.send")).remove("action");

        assertThat(official().validate(document)).extracting(ValidationMessage::getMessage)
                .contains("$.operations.ContentSubmitted.send: required property 'action' not found");
    }

    private static JsonSchema official() throws IOException {
        assertThat(Files.isRegularFile(OFFICIAL_SCHEMA))
                .withFailMessage("%s is missing: the build's npm ci step installs @asyncapi/specs", OFFICIAL_SCHEMA)
                .isTrue();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(EventJson.mapper().readTree(OFFICIAL_SCHEMA.toFile()));
    }

    @Test
    void eachDetailTypeIsAChannelWithItsMessage() {
        List<String> channels = iterate(document.path("channels").fieldNames());

        assertThat(channels).containsExactlyElementsOf(EventContracts.detailTypes());
        assertThat(document.at("/channels/ContentPublished.v2/address").asText()).isEqualTo("ContentPublished.v2");
        assertThat(document.at("/components/messages/ContentPublished/deprecated").asBoolean()).isTrue();
        assertThat(document.at("/components/messages/ContentPublished.v2/deprecated").isMissingNode()).isTrue();
    }

    @Test
    void theProducerSendsAndEachConsumerReceives() {
        JsonNode operations = document.path("operations");

        assertThat(iterate(operations.fieldNames())).filteredOn(name -> name.startsWith("ContentSubmitted."))
                .containsExactly("ContentSubmitted.send", "ContentSubmitted.receive.moderation",
                        "ContentSubmitted.receive.catalog", "ContentSubmitted.receive.audit");
        assertThat(operations.at("/TranslationDelivered.send/title").asText())
                .isEqualTo("translation vendor (partner) (partner.translation.<vendor>) emits TranslationDelivered v1");
        assertThat(operations.at("/TranslationRequested.receive.translation-vendors/action").asText()).isEqualTo("receive");
    }

    @Test
    void theEmbeddedSchemasUseOnlyKeywordsThatMeanTheSameInDraft07And202012() {
        Set<String> used = new TreeSet<>();
        EventContracts.all().forEach(c -> keywords(EventDetailSchema.of(c.type()), used));

        assertThat(SHARED_KEYWORDS).containsAll(used);
    }

    private static void keywords(JsonNode schema, Set<String> used) {
        schema.fieldNames().forEachRemaining(used::add);
        schema.path("properties").forEach(property -> keywords(property, used));
        if (schema.path("items").isObject()) {
            keywords(schema.path("items"), used);
        }
    }

    private static List<String> iterate(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}

package media.polyglot.events.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.stream.Stream;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.EventContract;
import media.polyglot.events.EventContracts;
import media.polyglot.events.EventJson;
import media.polyglot.events.SchemaResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RegistrySchemaTest {

    static Stream<EventContract> contracts() {
        return EventContracts.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void theExampleAsAWholeEventBridgeEventFollowsTheDraft4Schema(EventContract contract) {
        ObjectNode event = EventJson.mapper().createObjectNode()
                .put("version", "0").put("id", "7bf73129-1428-4cd3-a780-95db273d1602")
                .put("detail-type", contract.type().detailType()).put("source", "polyglot.test")
                .put("account", "123456789012").put("time", "2026-11-26T09:15:00Z").put("region", "us-east-1");
        event.putArray("resources");
        event.set("detail", SchemaResources.example(contract.type()));

        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(RegistrySchema.content(contract));

        assertThat(schema.validate(event)).isEmpty();
    }

    @Test
    void schemasAreNamedBySourceAndDetailTypeAndConstBecomesAOneValueEnum() {
        EventContract v2 = EventContracts.ofDetailType(DetailTypes.CONTENT_PUBLISHED_V2);
        EventContract delivered = EventContracts.ofDetailType(DetailTypes.TRANSLATION_DELIVERED);
        EventContract submitted = EventContracts.ofDetailType(DetailTypes.CONTENT_SUBMITTED);

        assertThat(RegistrySchema.name(v2)).isEqualTo("polyglot.publishing@ContentPublished.v2");
        assertThat(RegistrySchema.name(delivered)).isEqualTo("partner.translation@TranslationDelivered");
        assertThat(RegistrySchema.content(submitted).at("/properties/detail/properties/data/properties/revision"))
                .hasToString("{\"type\":\"integer\",\"enum\":[1],\"description\":\"A submission is always revision 1.\"}");
        assertThat(RegistrySchema.content(submitted).toString()).doesNotContain("\"const\"");
    }
}

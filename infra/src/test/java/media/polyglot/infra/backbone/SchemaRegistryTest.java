package media.polyglot.infra.backbone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.EventContracts;
import media.polyglot.events.registry.RegistrySchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/** The backbone publishes every contract to the bus's schema registry. */
class SchemaRegistryTest {

    private static final String SCHEMA = "AWS::EventSchemas::Schema";

    private static Template template;

    @BeforeAll
    static void synthesizeTheBackbone() {
        Stack stack = new Stack(new App(), "Backbone");
        new EventBackbone(stack, "Backbone", new EventBackbone.Props(RemovalPolicy.DESTROY, Duration.days(30), List.of()));
        template = Template.fromStack(stack);
    }

    @Test
    void oneRegistryNamedAfterTheBusHoldsOneSchemaPerEventVersion() {
        template.resourceCountIs("AWS::EventSchemas::Registry", 1);
        template.hasResourceProperties("AWS::EventSchemas::Registry", Map.of("RegistryName", "polyglot"));
        template.resourceCountIs(SCHEMA, EventContracts.all().size());
        template.allResourcesProperties(SCHEMA, Map.of("Type", "JSONSchemaDraft4"));
    }

    @Test
    void eachSchemaIsTheContractsDraft4FormUnderItsSourceAndDetailType() {
        var v2 = EventContracts.ofDetailType(DetailTypes.CONTENT_PUBLISHED_V2);
        var schemas = template.findResources(SCHEMA, Map.of("Properties", Map.of(
                "SchemaName", "polyglot.publishing@ContentPublished.v2")));

        assertThat(schemas).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) schemas.values().iterator().next().get("Properties");
        assertThat(properties.get("Content")).isEqualTo(RegistrySchema.content(v2).toString());
        assertThat(properties.get("Description")).isEqualTo("ContentPublished v2, produced by publishing");
    }
}

package media.polyglot.infra.backbone;

import media.polyglot.events.EventContract;
import media.polyglot.events.EventContracts;
import media.polyglot.events.registry.RegistrySchema;
import software.amazon.awscdk.services.eventschemas.CfnRegistry;
import software.amazon.awscdk.services.eventschemas.CfnSchema;
import software.constructs.Construct;

/**
 * The EventBridge Schema Registry of the bus: every event version of the contracts, so partners can
 * browse them and download code bindings. The schemas come from events-schema, never copied here.
 */
public final class SchemaRegistry extends Construct {

    public SchemaRegistry(Construct scope, String id) {
        super(scope, id);
        CfnRegistry registry = CfnRegistry.Builder.create(this, "Registry")
                .registryName(RegistrySchema.REGISTRY_NAME)
                .description("Event contracts of the polyglot bus, one schema per event and major version")
                .build();
        for (EventContract contract : EventContracts.all()) {
            CfnSchema schema = CfnSchema.Builder.create(this, contract.type().detailType().replace(".", ""))
                    .registryName(registry.getRegistryName())
                    .schemaName(RegistrySchema.name(contract))
                    .type(RegistrySchema.TYPE)
                    .description(contract.type() + ", produced by " + contract.producer().context())
                    .content(RegistrySchema.content(contract).toString())
                    .build();
            schema.addDependency(registry);
        }
    }
}

package media.polyglot.infra.backbone;

import media.polyglot.events.Bus;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.IEventBus;
import software.constructs.Construct;

/** The custom EventBridge bus every context publishes to and subscribes from, and other teams' rules attach to. */
public final class EventBackbone extends Construct {

    private final EventBus bus;

    public EventBackbone(Construct scope, String id) {
        super(scope, id);
        // A fixed name, not a generated one: partner accounts write it into their rules and PutEvents calls.
        this.bus = EventBus.Builder.create(this, "Bus").eventBusName(Bus.NAME).build();
        new SchemaRegistry(this, "Schemas");
    }

    /** The bus. */
    public IEventBus bus() {
        return bus;
    }
}

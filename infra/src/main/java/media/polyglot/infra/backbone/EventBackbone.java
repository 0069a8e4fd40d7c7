package media.polyglot.infra.backbone;

import media.polyglot.events.Bus;
import media.polyglot.infra.common.Tables;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.IEventBus;
import software.constructs.Construct;

/**
 * The custom EventBridge bus every context publishes to and subscribes from, and other teams' rules attach to;
 * beside it the causation ledger, the storm guard every consumer shares.
 */
public final class EventBackbone extends Construct {

    private final EventBus bus;
    private final Table causationLedger;

    public EventBackbone(Construct scope, String id, RemovalPolicy removalPolicy) {
        super(scope, id);
        // A fixed name, not a generated one: partner accounts write it into their rules and PutEvents calls.
        this.bus = EventBus.Builder.create(this, "Bus").eventBusName(Bus.NAME).build();
        // The depth of every consumed event in its causation chain (media.polyglot.common.CausationLedger);
        // entries are needed only while a flow runs, so they expire.
        this.causationLedger = Tables.builder(this, "CausationLedgerTable", "eventId", removalPolicy)
                .timeToLiveAttribute("expiresAt")
                .build();
        new SchemaRegistry(this, "Schemas");
    }

    /** The bus. */
    public IEventBus bus() {
        return bus;
    }

    /** The causation ledger: partition key {@code eventId}, TTL on {@code expiresAt}. */
    public ITable causationLedger() {
        return causationLedger;
    }
}

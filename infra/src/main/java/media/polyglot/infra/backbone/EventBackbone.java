package media.polyglot.infra.backbone;

import java.util.List;
import java.util.Objects;
import media.polyglot.events.Bus;
import media.polyglot.infra.common.Tables;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.events.Archive;
import software.amazon.awscdk.services.events.BaseArchiveProps;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.events.Match;
import software.constructs.Construct;

/**
 * The custom EventBridge bus every context publishes to and subscribes from, with its archive (what a replay
 * reads) and its partner accounts, both ways; beside it the causation ledger, the storm guard every consumer
 * shares.
 */
public final class EventBackbone extends Construct {

    /**
     * @param removalPolicy    what happens to the causation ledger when the stack goes
     * @param archiveRetention how long the archive keeps an event
     * @param partners         the partner accounts ({@link Partners})
     */
    public record Props(RemovalPolicy removalPolicy, Duration archiveRetention, List<Partner> partners) {
        public Props {
            Objects.requireNonNull(removalPolicy, "removalPolicy");
            Objects.requireNonNull(archiveRetention, "archiveRetention");
            partners = List.copyOf(partners);
        }
    }

    private final EventBus bus;
    private final Table causationLedger;
    private final Archive archive;
    private final List<PartnerAccess> partners;

    public EventBackbone(Construct scope, String id, Props props) {
        super(scope, id);
        // A fixed name, not a generated one: partner accounts write it into their rules and PutEvents calls.
        this.bus = EventBus.Builder.create(this, "Bus").eventBusName(Bus.NAME).build();
        // Every event the bus receives, ours and partners', so a projection can be rebuilt or a fix replayed.
        this.archive = bus.archive("Archive", BaseArchiveProps.builder()
                .description("Every event of the " + Bus.NAME + " bus, for replays")
                .eventPattern(EventPattern.builder().source(Match.exists()).build())
                .retention(props.archiveRetention())
                .build());
        // The depth of every consumed event in its causation chain (media.polyglot.common.CausationLedger);
        // entries are needed only while a flow runs, so they expire.
        this.causationLedger = Tables.builder(this, "CausationLedgerTable", "eventId", props.removalPolicy())
                .timeToLiveAttribute("expiresAt")
                .build();
        new SchemaRegistry(this, "Schemas");
        this.partners = props.partners().stream()
                .map(partner -> new PartnerAccess(this, "Partner-" + partner.name(), bus, partner))
                .toList();
    }

    /** The bus. */
    public IEventBus bus() {
        return bus;
    }

    /** The archive of the bus. */
    public Archive archive() {
        return archive;
    }

    /** The partner accounts' access, one per partner. */
    public List<PartnerAccess> partners() {
        return partners;
    }

    /** The causation ledger: partition key {@code eventId}, TTL on {@code expiresAt}. */
    public ITable causationLedger() {
        return causationLedger;
    }
}

package media.polyglot.infra.backbone;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import media.polyglot.events.Bus;
import media.polyglot.infra.common.Queues;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.events.CfnRule;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Match;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.EventBusProps;
import software.amazon.awscdk.services.iam.AccountPrincipal;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * One partner account on the bus, both ways. Out: a rule delivers the detail-types of ours it receives to its
 * bus, through a role EventBridge assumes (a cross-account bus target needs one), retrying, then parking what
 * it cannot deliver in a dead-letter queue. In: a statement of the bus policy lets the account put events, only
 * under its own sources ({@code events:source}).
 */
public final class PartnerAccess extends Construct {

    // As for our own subscriptions: EventBridge retries a failed delivery with backoff for an hour, then parks it.
    static final int RETRY_ATTEMPTS = 8;
    static final int MAX_EVENT_AGE_SECONDS = 3600;

    private final Rule rule;
    private final Queue deadLetterQueue;

    public PartnerAccess(Construct scope, String id, EventBus bus, Partner partner) {
        super(scope, id);
        Objects.requireNonNull(partner, "partner");
        String partnerBusArn = Stack.of(this).formatArn(ArnComponents.builder()
                .service("events")
                .account(partner.account())
                .resource("event-bus")
                .resourceName(partner.bus())
                .arnFormat(ArnFormat.SLASH_RESOURCE_NAME)
                .build());
        Role deliveryRole = Role.Builder.create(this, "DeliveryRole")
                .assumedBy(new ServicePrincipal("events.amazonaws.com"))
                .description("EventBridge delivers " + partner.name() + "'s events to its bus")
                .build();
        this.deadLetterQueue = Queues.deadLetterQueue(this, "DeadLetterQueue");
        this.rule = Rule.Builder.create(this, "Rule")
                .eventBus(bus)
                .description("Delivers " + String.join(", ", partner.receives()) + " to partner " + partner.name())
                // Only our own events: what one partner puts is not forwarded to another.
                .eventPattern(EventPattern.builder()
                        .source(Match.prefix(Bus.SOURCE_PREFIX))
                        .detailType(partner.receives())
                        .build())
                .build();
        // Grants the role events:PutEvents on the partner's bus and EventBridge sqs:SendMessage on the queue.
        rule.addTarget(new software.amazon.awscdk.services.events.targets.EventBus(
                EventBus.fromEventBusArn(this, "PartnerBus", partnerBusArn),
                EventBusProps.builder().role(deliveryRole).deadLetterQueue(deadLetterQueue).build()));
        // The bus target of CDK takes no retry policy: set it on the one target as the other rules have it.
        ((CfnRule) rule.getNode().getDefaultChild()).addPropertyOverride("Targets.0.RetryPolicy", Map.of(
                "MaximumRetryAttempts", RETRY_ATTEMPTS, "MaximumEventAgeInSeconds", MAX_EVENT_AGE_SECONDS));

        if (!partner.sources().isEmpty()) {
            bus.addToResourcePolicy(PolicyStatement.Builder.create()
                    .sid("PutEventsFrom-" + partner.name())
                    .effect(Effect.ALLOW)
                    .principals(List.of(new AccountPrincipal(partner.account())))
                    .actions(List.of("events:PutEvents"))
                    .resources(List.of(bus.getEventBusArn()))
                    .conditions(Map.of("StringEquals", Map.of("events:source", partner.sources())))
                    .build());
        }
    }

    /** The rule delivering to the partner's bus. */
    public Rule rule() {
        return rule;
    }

    /** Where events the partner's bus would not take wait for a redrive. */
    public Queue deadLetterQueue() {
        return deadLetterQueue;
    }
}

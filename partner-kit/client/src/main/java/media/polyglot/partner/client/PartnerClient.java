package media.polyglot.partner.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import media.polyglot.events.ContractValidator;
import media.polyglot.events.Envelope;
import media.polyglot.events.EventJson;
import media.polyglot.events.EventMetadata;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/**
 * What a partner's code uses to put events on the Polyglot bus from its own account. Every event is checked
 * before anything is sent: its source (fixed for this client) against the contract, its detail against the
 * contract's schema, its size against EventBridge's entry limit. Events then go in batches of ten; entries the
 * bus fails for a passing reason are retried alone with jittered backoff within a budget, and an entry the bus
 * refuses for good (its policy does not allow this account and source) fails the call at once.
 *
 * <pre>{@code
 * PartnerClient client = PartnerClient.builder()
 *         .eventBridge(EventBridgeClient.create())
 *         .busArn("arn:aws:events:eu-west-1:123456789012:event-bus/polyglot")
 *         .source("partner.translation.acme")
 *         .producer("acme")
 *         .build();
 * client.send(List.of(PartnerEvent.answering(request.metadata(), delivered)));
 * }</pre>
 */
public final class PartnerClient {

    /** EventBridge's PutEvents entry limit since January 2026 (256 KB before); events carry claim checks, not bodies. */
    static final int MAX_ENTRY_BYTES = 1024 * 1024;

    private static final Pattern BUS_ARN = Pattern.compile("arn:aws[a-z-]*:events:[a-z0-9-]+:[0-9]{12}:event-bus/[A-Za-z0-9._-]+");

    private final String busArn;
    private final PartnerSource source;
    private final String producer;
    private final Clock clock;
    private final Supplier<String> ids;
    private final ContractValidator validator = new ContractValidator();
    private final PutEventsBatch batch;

    private PartnerClient(Builder builder) {
        Objects.requireNonNull(builder.eventBridge, "eventBridge: the SDK client that puts events");
        if (builder.busArn == null || !BUS_ARN.matcher(builder.busArn).matches()) {
            throw new IllegalArgumentException("busArn must be the ARN of the Polyglot bus, "
                    + "arn:aws:events:<region>:<polyglot account>:event-bus/polyglot, was " + builder.busArn);
        }
        if (builder.producer == null || builder.producer.isBlank()) {
            throw new IllegalArgumentException("producer is required: who the events come from (metadata.producer)");
        }
        this.busArn = builder.busArn;
        this.source = new PartnerSource(builder.source);
        this.producer = builder.producer;
        this.clock = builder.clock;
        this.ids = builder.ids;
        this.batch = new PutEventsBatch(builder.eventBridge, busArn, source.value(), builder.retryBudget, builder.sleeper);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends every event, or throws; on a throw, the batches before the failing one were accepted.
     *
     * @return the event ids ({@code metadata.eventId}) of the events, in order
     * @throws SourceNotAllowedException before sending anything, if an event may not go under this client's source
     * @throws media.polyglot.events.ContractViolationException before sending anything, if an event breaks its contract
     * @throws IllegalArgumentException before sending anything, if an event is over EventBridge's entry limit
     * @throws EventsRefusedException if the bus refused an entry for good (nothing of its batch was retried)
     * @throws EventsNotDeliveredException if entries still failed when the retry budget was spent
     */
    public List<String> send(List<PartnerEvent> events) {
        List<PutEventsBatch.Entry> entries = events.stream().map(this::entry).toList();
        for (int from = 0; from < entries.size(); from += PutEventsBatch.MAX_ENTRIES) {
            batch.send(entries.subList(from, Math.min(entries.size(), from + PutEventsBatch.MAX_ENTRIES)));
        }
        return entries.stream().map(PutEventsBatch.Entry::eventId).toList();
    }

    private PutEventsBatch.Entry entry(PartnerEvent event) {
        EventMetadata metadata = new EventMetadata(ids.get(), event.type().majorVersion(), event.correlationId(),
                event.causationId(), producer, clock.instant());
        JsonNode detail = EventJson.mapper().valueToTree(new Envelope<>(metadata, event.data()));
        source.requireAllowedFor(event.type(), detail.path("data"));
        validator.requireValid(event.type(), detail);
        PutEventsRequestEntry request = PutEventsRequestEntry.builder()
                .eventBusName(busArn)
                .source(source.value())
                .detailType(event.type().detailType())
                .detail(detail.toString())
                .build();
        // Counted as AWS's "Calculating PutEvents event entry size" says: source, detail-type and detail in UTF-8.
        int size = utf8(request.source()) + utf8(request.detailType()) + utf8(request.detail());
        if (size > MAX_ENTRY_BYTES) {
            throw new IllegalArgumentException(event.type() + " event " + metadata.eventId() + " is " + size
                    + " bytes as a PutEvents entry; EventBridge accepts at most " + MAX_ENTRY_BYTES
                    + ": store large parts and send a reference (a BodyReference)");
        }
        return new PutEventsBatch.Entry(metadata.eventId(), request);
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The bus ARN events go to. */
    public String busArn() {
        return busArn;
    }

    /** The source every event goes under. */
    public String source() {
        return source.value();
    }

    /** Builds a {@link PartnerClient}; eventBridge, busArn, source and producer are required. */
    public static final class Builder {
        private EventBridgeClient eventBridge;
        private String busArn;
        private String source;
        private String producer;
        private Clock clock = Clock.systemUTC();
        private Supplier<String> ids = () -> UUID.randomUUID().toString();
        private RetryBudget retryBudget = RetryBudget.standard();
        private Sleeper sleeper = Sleeper.REAL;

        private Builder() {
        }

        /** The SDK client, with the partner account's credentials. */
        public Builder eventBridge(EventBridgeClient eventBridge) {
            this.eventBridge = eventBridge;
            return this;
        }

        /** The Polyglot bus, by ARN: {@code arn:aws:events:<region>:<polyglot account>:event-bus/polyglot}. */
        public Builder busArn(String busArn) {
            this.busArn = busArn;
            return this;
        }

        /** The source of every event, as Polyglot's {@code infra/partners.json} lists it for this account. */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** Who the events come from, as {@code metadata.producer} says: the partner's name. */
        public Builder producer(String producer) {
            this.producer = producer;
            return this;
        }

        /** The clock of {@code metadata.occurredAt}; the system clock unless told. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Where event ids come from; random UUIDs unless told. */
        public Builder ids(Supplier<String> ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /** Attempts and backoff for entries failed for a passing reason; {@link RetryBudget#standard()} unless told. */
        public Builder retryBudget(RetryBudget retryBudget) {
            this.retryBudget = Objects.requireNonNull(retryBudget, "retryBudget");
            return this;
        }

        /** How to wait between attempts; waits for real unless told. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public PartnerClient build() {
            return new PartnerClient(this);
        }
    }
}

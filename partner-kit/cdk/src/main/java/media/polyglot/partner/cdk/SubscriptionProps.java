package media.polyglot.partner.cdk;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.IEventBus;

/**
 * What a {@link PolyglotSubscription} needs, checked when built (so at synth): the Polyglot account, the events
 * (detail-types of the catalog, and an optional pattern on their data fields) and the handler, whose record must
 * match them when it is typed. The rest has defaults.
 *
 * @param polyglotAccount the 12-digit account of the Polyglot bus that delivers to this one
 * @param busName         this account's bus, as Polyglot's {@code infra/partners.json} names it for you
 * @param bus             a bus another subscription of this account made, to receive on as well; null to make
 *                        the bus {@code busName} (one account has one bus Polyglot delivers to)
 * @param events          the detail-types and data pattern
 * @param handler         the function's code and handler
 * @param timeout         the function's timeout; the buffer's visibility timeout is six times it
 * @param memorySize      the function's memory in MB
 * @param maxReceiveCount deliveries of a failing event before it goes to the dead-letter queue
 * @param maxMessageAge   how old the buffer's oldest message may get before the alarm fires
 */
public record SubscriptionProps(String polyglotAccount, String busName, IEventBus bus, SubscribedEvents events,
                                Handler handler,
                                Duration timeout, int memorySize, int maxReceiveCount, Duration maxMessageAge) {

    /** The bus name partners.json shows in its example, unless told otherwise. */
    public static final String DEFAULT_BUS_NAME = "polyglot-deliveries";

    // AWS advises a queue's visibility timeout of at least six times the timeout of the function it feeds.
    // https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html
    static final int VISIBILITY_PER_TIMEOUT = 6;

    public SubscriptionProps {
        polyglotAccount = AccountId.require("polyglotAccount", polyglotAccount);
        if (busName == null || !busName.matches("[A-Za-z0-9._-]{1,256}")) {
            throw new IllegalArgumentException("busName must be 1 to 256 letters, digits, '.', '_' or '-', was " + busName);
        }
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(handler, "handler: the function code and handler class that receive the events");
        handler.requireHandles(events.detailTypes());
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(maxMessageAge, "maxMessageAge");
        if (maxReceiveCount < 1 || maxReceiveCount > 1000) {
            throw new IllegalArgumentException("maxReceiveCount is 1 to 1000 (SQS), was " + maxReceiveCount);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link SubscriptionProps}; polyglotAccount, detailTypes and handler are required. */
    public static final class Builder {
        private String polyglotAccount;
        private String busName = DEFAULT_BUS_NAME;
        private IEventBus bus;
        private List<String> detailTypes;
        private Map<String, Object> dataPattern = Map.of();
        private Handler handler;
        private Duration timeout = Duration.seconds(30);
        private int memorySize = 512;
        private int maxReceiveCount = 5;
        private Duration maxMessageAge = Duration.minutes(5);

        private Builder() {
        }

        public Builder polyglotAccount(String polyglotAccount) {
            this.polyglotAccount = polyglotAccount;
            return this;
        }

        public Builder busName(String busName) {
            this.busName = busName;
            return this;
        }

        /**
         * Receive on the bus of another subscription of this stack ({@code first.bus()}) rather than make one: Polyglot
         * delivers every detail-type of your entry to one bus.
         */
        public Builder bus(IEventBus bus) {
            this.bus = bus;
            return this;
        }

        /** Detail-types of the catalog: {@code TranslationRequested}, {@code ContentPublished.v2}, ... */
        public Builder detailTypes(List<String> detailTypes) {
            this.detailTypes = detailTypes;
            return this;
        }

        /** An EventBridge pattern on the events' data fields, e.g. {@code Map.of("targetLanguage", List.of("de"))}. */
        public Builder dataPattern(Map<String, Object> dataPattern) {
            this.dataPattern = dataPattern;
            return this;
        }

        public Builder handler(Handler handler) {
            this.handler = handler;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder memorySize(int memorySize) {
            this.memorySize = memorySize;
            return this;
        }

        public Builder maxReceiveCount(int maxReceiveCount) {
            this.maxReceiveCount = maxReceiveCount;
            return this;
        }

        public Builder maxMessageAge(Duration maxMessageAge) {
            this.maxMessageAge = maxMessageAge;
            return this;
        }

        public SubscriptionProps build() {
            return new SubscriptionProps(polyglotAccount, busName, bus, new SubscribedEvents(detailTypes, dataPattern), handler,
                    timeout, memorySize, maxReceiveCount, maxMessageAge);
        }
    }
}

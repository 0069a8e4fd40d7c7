package media.polyglot.local.engine.sns;

import java.time.Clock;
import java.util.Objects;

/**
 * Where the SNS engine lives and how it delivers.
 *
 * @param serviceUrl the URL SNS is reached at (the edge), for the UnsubscribeURL of notifications
 */
public record SnsSettings(String region, String accountId, String serviceUrl, DeliveryPolicy deliveryPolicy,
                          Clock clock) {

    public SnsSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(serviceUrl, "serviceUrl");
        Objects.requireNonNull(deliveryPolicy, "deliveryPolicy");
        Objects.requireNonNull(clock, "clock");
    }

    public static SnsSettings of(String region, String accountId, String serviceUrl) {
        return new SnsSettings(region, accountId, serviceUrl, DeliveryPolicy.AWS_DEFAULTS, Clock.systemUTC());
    }

    public SnsSettings withDeliveryPolicy(DeliveryPolicy policy) {
        return new SnsSettings(region, accountId, serviceUrl, policy, clock);
    }
}

package media.polyglot.local.engine.dynamodb;

/**
 * What DescribeTimeToLive reports: ENABLED with the attribute, or DISABLED. Changes apply at once
 * here (DynamoDB passes through ENABLING and DISABLING for up to an hour).
 *
 * @param attributeName null when TTL is disabled
 */
public record TimeToLiveDescription(boolean enabled, String attributeName) {

    public String status() {
        return enabled ? "ENABLED" : "DISABLED";
    }
}

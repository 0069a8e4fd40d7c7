package media.polyglot.local.engine.sns;

import java.util.Set;

/** The delivery protocols the runtime serves: SQS queues and Lambda functions, each named by its ARN. */
public enum SubscriptionProtocol {
    SQS("sqs", "arn:aws:sqs:", "SQS endpoint ARN"),
    LAMBDA("lambda", "arn:aws:lambda:", "Lambda endpoint ARN");

    /** Protocols SNS has but the runtime does not deliver to. */
    private static final Set<String> NOT_SERVED =
            Set.of("http", "https", "email", "email-json", "sms", "application", "firehose");

    private final String wireName;
    private final String arnPrefix;
    private final String endpointParameter;

    SubscriptionProtocol(String wireName, String arnPrefix, String endpointParameter) {
        this.wireName = wireName;
        this.arnPrefix = arnPrefix;
        this.endpointParameter = endpointParameter;
    }

    /** The protocol a Subscribe request names, with SNS's error for an unknown one. */
    public static SubscriptionProtocol parse(String protocol) {
        for (SubscriptionProtocol candidate : values()) {
            if (candidate.wireName.equals(protocol)) {
                return candidate;
            }
        }
        if (NOT_SERVED.contains(protocol)) {
            throw SnsException.invalidParameter("Protocol Reason: the local runtime delivers only to sqs and lambda"
                    + " subscriptions, not " + protocol);
        }
        throw SnsException.invalidParameter("Amazon SNS does not support this protocol string: " + protocol);
    }

    public String wireName() {
        return wireName;
    }

    void checkEndpoint(String endpoint) {
        if (endpoint == null || !endpoint.startsWith(arnPrefix)) {
            throw SnsException.invalidParameter(endpointParameter);
        }
    }
}

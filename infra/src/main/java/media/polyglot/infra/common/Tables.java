package media.polyglot.infra.common;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.constructs.Construct;

/** The settings every DynamoDB table of ours shares, as a builder each table finishes with its own keys and stream. */
public final class Tables {

    private Tables() {
    }

    /**
     * A table keyed by the string attribute {@code partitionKey}: on-demand capacity (traffic is bursty and
     * small), encrypted with the AWS-managed KMS key, point-in-time recovery on.
     */
    public static Table.Builder builder(Construct scope, String id, String partitionKey, RemovalPolicy removalPolicy) {
        return Table.Builder.create(scope, id)
                .partitionKey(stringKey(partitionKey))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .encryption(TableEncryption.AWS_MANAGED)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true)
                        .build())
                .removalPolicy(removalPolicy);
    }

    /**
     * A context's idempotency table (media.polyglot.common.IdempotencyGuard): partition key {@code id}, records
     * expire by TTL on {@code expiresAt}.
     */
    public static Table idempotency(Construct scope, RemovalPolicy removalPolicy) {
        return builder(scope, "IdempotencyTable", "id", removalPolicy).timeToLiveAttribute("expiresAt").build();
    }

    /** A key attribute of type string. */
    public static Attribute stringKey(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }

    /** A key attribute of type number. */
    public static Attribute numberKey(String name) {
        return Attribute.builder().name(name).type(AttributeType.NUMBER).build();
    }
}

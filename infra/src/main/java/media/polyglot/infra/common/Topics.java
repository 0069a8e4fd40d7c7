package media.polyglot.infra.common;

import java.util.List;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantOnPrincipalOptions;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

/** The settings every SNS topic of ours shares. */
public final class Topics {

    // What SNS asks of a publisher on an encrypted topic: CDK's grantPublish grants "kms:GenerateDataKey*",
    // a wildcard our policies never hold.
    private static final List<String> PUBLISHER_KEY_ACTIONS = List.of("kms:Decrypt", "kms:GenerateDataKey");

    private Topics() {
    }

    /** Lets {@code publisher} publish to {@code topic} (made by {@link #encrypted}) and use its key to do so. */
    public static void grantPublish(Topic topic, IGrantable publisher) {
        Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
                .grantee(publisher)
                .actions(List.of("sns:Publish"))
                .resourceArns(List.of(topic.getTopicArn()))
                .build());
        topic.getMasterKey().grant(publisher, PUBLISHER_KEY_ACTIONS.toArray(String[]::new));
    }

    /**
     * A topic that refuses any request not made over TLS, encrypted at rest with a customer-managed KMS key of its
     * own ({@code <id>Key}, rotated yearly). Functions granted {@code grantPublish} get the key's use with it;
     * an AWS service that publishes on its own (CloudWatch alarms) is named in {@code publishingServices}: SNS
     * can only encrypt what such a service sends if the key policy lets that service use the key.
     * https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html
     *
     * @param publishingServices service principals, such as {@code cloudwatch.amazonaws.com}
     */
    public static Topic encrypted(Construct scope, String id, String displayName, List<String> publishingServices) {
        Key key = Key.Builder.create(scope, id + "Key")
                .description(displayName + ": encryption at rest of the topic's messages")
                .enableKeyRotation(true)
                .build();
        for (String service : publishingServices) {
            key.grant(new ServicePrincipal(service), PUBLISHER_KEY_ACTIONS.toArray(String[]::new));
        }
        return Topic.Builder.create(scope, id)
                .displayName(displayName)
                .masterKey(key)
                .enforceSsl(true)
                .build();
    }
}

package media.polyglot.local.protocol.sns;

import java.time.Duration;
import media.polyglot.local.edge.EdgeServer;
import media.polyglot.local.engine.sns.DeliveryPolicy;
import media.polyglot.local.engine.sns.SnsEngine;
import media.polyglot.local.engine.sns.SnsSettings;
import media.polyglot.local.engine.sqs.QueueEngine;
import media.polyglot.local.protocol.sqs.SqsProxy;
import media.polyglot.local.EdgeClients;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** An edge on a free port serving SNS (this protocol on a real engine) and SQS (ElasticMQ), with stock SDK clients. */
final class SnsEdge implements AutoCloseable {

    final EdgeServer edge = EdgeServer.start(0);
    final QueueEngine queues = QueueEngine.start(edge.url(), "us-east-1", "000000000000");
    final SnsEngine engine = new SnsEngine(SnsSettings.of("us-east-1", "000000000000", edge.url().toString())
            .withDeliveryPolicy(new DeliveryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(50), 0,
                    Duration.ofMillis(20))), queues, null);
    final SnsClient sns;
    final SqsClient sqs;

    SnsEdge() {
        edge.attach("sns", new SnsProtocol(engine));
        edge.attach("sqs", new SqsProxy(queues.endpoint()));
        sns = client(SnsClient.builder());
        sqs = client(SqsClient.builder());
    }

    private <B extends AwsClientBuilder<B, C>, C> C client(B builder) {
        return EdgeClients.at(builder, edge.url());
    }

    @Override
    public void close() {
        sns.close();
        sqs.close();
        engine.close();
        queues.close();
        edge.close();
    }
}

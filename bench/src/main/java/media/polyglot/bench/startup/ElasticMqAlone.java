package media.polyglot.bench.startup;

import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * ElasticMQ's own start, the reference of the startup figure: the embedded SQS server alone in this JVM, the way the
 * runtime embeds it. Prints {@code ready PORT} once it is bound, then serves until ended.
 */
public final class ElasticMqAlone {

    private ElasticMqAlone() {
    }

    public static void main(String[] args) throws InterruptedException {
        SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
        int port = server.waitUntilStarted().localAddress().getPort();
        System.out.println("ready " + port);
        System.out.flush();
        Thread.currentThread().join();
    }
}

package media.polyglot.local.engine.events;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import media.polyglot.local.engine.sqs.QueueEngine;
import media.polyglot.local.observe.HopLog;

/**
 * The bus wired as the runtime wires it, on real queues: an ElasticMQ queue engine in account 000000000000, and
 * delivery to SQS queues and to other buses, with every hop in {@link #hops}.
 */
final class BusOnQueues implements AutoCloseable {

    static final String ACCOUNT = "000000000000";

    final HopLog hops = new HopLog(Clock.systemUTC());
    final QueueEngine queues;
    final EventRouter router;
    private final ScheduledExecutorService deliveries;

    BusOnQueues() {
        queues = QueueEngine.start(URI.create("http://127.0.0.1:4566"), "us-east-1", ACCOUNT);
        deliveries = Executors.newScheduledThreadPool(2);
        TargetDelivery delivery = new TargetDelivery(List.of(new SqsTargetSender(queues)), queues, deliveries,
                Clock.systemUTC(), hops, null);
        router = new EventRouter(delivery, "us-east-1", ACCOUNT, Clock.systemUTC(), hops, null);
        delivery.register(new EventBusTargetSender(router));
    }

    @Override
    public void close() {
        deliveries.shutdownNow();
        queues.close();
    }
}

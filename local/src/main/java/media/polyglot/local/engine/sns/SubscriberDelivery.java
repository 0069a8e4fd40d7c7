package media.polyglot.local.engine.sns;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import media.polyglot.local.edge.LoopbackHttp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers accepted notifications to subscriptions, off the publisher's thread: Publish answers
 * once a message is accepted, as on AWS. Failures follow the {@link DeliveryPolicy}: server-side
 * errors are retried with backoff, client-side errors and spent retries go to the subscription's
 * dead-letter queue (or are dropped with a log line when it has none), and function errors get
 * Lambda's asynchronous retries. A FIFO topic's first delivery attempts run in publish order on one
 * lane per subscription; a retried FIFO message does not hold back the ones behind it.
 */
final class SubscriberDelivery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriberDelivery.class);

    private final QueueSubscriber queues;
    private final FunctionSubscriber functions;
    private final DeliveryPolicy policy;
    private final ScheduledExecutorService scheduler =
            Executors.newScheduledThreadPool(4, LoopbackHttp.daemonThreads("sns-delivery"));
    private final Map<String, ExecutorService> fifoLanes = new ConcurrentHashMap<>();

    SubscriberDelivery(QueueSubscriber queues, FunctionSubscriber functions, DeliveryPolicy policy) {
        this.queues = queues;
        this.functions = functions;
        this.policy = policy;
    }

    void deliver(Subscription subscription, Notification notification, boolean fifo) {
        Runnable first = () -> attempt(subscription, notification, 1, 0);
        if (fifo) {
            fifoLanes.computeIfAbsent(subscription.arn(),
                    arn -> Executors.newSingleThreadExecutor(LoopbackHttp.daemonThreads("sns-fifo"))).execute(first);
        } else {
            scheduler.execute(first);
        }
    }

    private void attempt(Subscription subscription, Notification notification, int attempt, int functionFailures) {
        try {
            send(subscription, notification);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (EndpointGoneException e) {
            deadLetter(subscription, notification, e);
        } catch (FunctionFailedException e) {
            if (functionFailures < policy.functionRetries()) {
                retry(subscription, notification, attempt, functionFailures + 1,
                        policy.functionRetryDelay(functionFailures + 1));
            } else {
                LOG.error("message {} dropped: {} after {} attempts (the function's own on-failure destination is not"
                        + " emulated)", notification.messageId(), e.getMessage(), functionFailures + 1);
            }
        } catch (RuntimeException e) {
            if (attempt < policy.maxAttempts()) {
                retry(subscription, notification, attempt + 1, functionFailures, policy.retryDelay(attempt));
            } else {
                deadLetter(subscription, notification, e);
            }
        }
    }

    private void send(Subscription subscription, Notification notification) throws InterruptedException {
        switch (subscription.protocol()) {
            case SQS -> queues.deliver(subscription, notification);
            case LAMBDA -> functions.deliver(subscription, notification);
        }
    }

    private void retry(Subscription subscription, Notification notification, int attempt, int functionFailures,
                       Duration delay) {
        if (!scheduler.isShutdown()) {
            scheduler.schedule(() -> attempt(subscription, notification, attempt, functionFailures),
                    delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void deadLetter(Subscription subscription, Notification notification, RuntimeException error) {
        if (subscription.deadLetterArn() == null) {
            LOG.error("message {} dropped: subscription {} could not deliver it and has no dead-letter queue: {}",
                    notification.messageId(), subscription.arn(), error.getMessage());
            return;
        }
        LOG.warn("message {} sent to dead-letter queue {}: subscription {} could not deliver it: {}",
                notification.messageId(), subscription.deadLetterArn(), subscription.arn(), error.getMessage());
        try {
            queues.deadLetter(subscription, notification);
        } catch (RuntimeException e) {
            LOG.error("message {} dropped: its dead-letter queue {} refused it: {}", notification.messageId(),
                    subscription.deadLetterArn(), e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        fifoLanes.values().forEach(ExecutorService::shutdownNow);
    }
}

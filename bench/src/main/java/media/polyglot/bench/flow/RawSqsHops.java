package media.polyglot.bench.flow;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import media.polyglot.bench.Latencies;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The raw engine hop, measured in the same run and under the same load as the flows: SendMessage to a queue of its
 * own that a receiver is already long-polling, to the return of that ReceiveMessage, one message at a time.
 */
final class RawSqsHops implements AutoCloseable {

    private static final long PAUSE_MILLIS = 50;

    private final SqsClient sqs;
    private final String queue;
    private final Latencies latencies = new Latencies();
    private final BlockingQueue<Long> received = new LinkedBlockingQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread receiver;
    private final Thread sender;

    RawSqsHops(SqsClient sqs) {
        this.sqs = sqs;
        this.queue = sqs.createQueue(r -> r.queueName("bench-flow-raw-hop")).queueUrl();
        this.receiver = new Thread(this::receive, "raw-hop-receiver");
        this.sender = new Thread(this::send, "raw-hop-sender");
        receiver.start();
        sender.start();
    }

    private void receive() {
        while (running.get()) {
            for (Message message : sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(1).waitTimeSeconds(1))
                    .messages()) {
                long now = System.nanoTime();
                sqs.deleteMessage(r -> r.queueUrl(queue).receiptHandle(message.receiptHandle()));
                received.add(now - Long.parseLong(message.body()));
            }
        }
    }

    private void send() {
        try {
            while (running.get()) {
                Thread.sleep(PAUSE_MILLIS);
                long sentAt = System.nanoTime();
                sqs.sendMessage(r -> r.queueUrl(queue).messageBody(Long.toString(sentAt)));
                Long latency = received.poll(20, TimeUnit.SECONDS);
                if (latency != null) {
                    latencies.add(latency);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Latencies latencies() {
        return latencies;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        sender.join(25_000);
        receiver.join(5_000);
    }
}

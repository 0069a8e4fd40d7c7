package media.polyglot.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import media.polyglot.common.testing.BusEvents;
import media.polyglot.common.testing.LocalAws;
import media.polyglot.common.testing.SqsBatches;
import media.polyglot.events.BodyReference;
import media.polyglot.events.Bus;
import media.polyglot.events.ContractValidator;
import media.polyglot.events.Envelope;
import media.polyglot.events.Sources;
import media.polyglot.events.moderation.ContentApproved;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/** The delivery rules around a handler, against DynamoDB, ElasticMQ and the bus of the local runtime. */
class EventConsumerTest {

    private static final int MAX_DEPTH = 5;

    private static LocalAws aws;
    private static String deadLetterUrl;
    private static EventConsumer consumer;

    private final EnvelopeFactory envelopes = EnvelopeFactory.forProducer("moderation");
    private final AtomicInteger handled = new AtomicInteger();

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
        aws.createTable("idempotency", "id", null);
        aws.createTable("causation", "eventId", null);
        deadLetterUrl = aws.createQueue("consumer-dlq");
        consumer = new EventConsumer("test-consumer", new ContractValidator(),
                new CausationLedger(aws.dynamoDb(), "causation", MAX_DEPTH, Clock.systemUTC()),
                IdempotencyGuard.create(aws.dynamoDb(), "idempotency"),
                new DeadLetters(aws.sqs(), deadLetterUrl, "test-consumer"),
                EventPublisher.create(aws.eventBridge(), Bus.NAME));
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @BeforeEach
    void forgetEarlierTests() {
        aws.published();
        aws.drain(deadLetterUrl);
    }

    @Test
    void duplicateDeliveryHasOneEffect() {
        String body = body(approved("request-1"));

        SQSBatchResponse first = consumer.consume(SqsBatches.of(body), deadline(), this::echo);
        SQSBatchResponse second = consumer.consume(SqsBatches.of(body, body), deadline(), this::echo);

        assertThat(first.getBatchItemFailures()).isEmpty();
        assertThat(second.getBatchItemFailures()).isEmpty();
        assertThat(handled).hasValue(1);
        assertThat(awaitPublished(1)).hasSize(1);
    }

    @Test
    void aMalformedMessageIsParkedWithItsReasonAndTheRestOfTheBatchIsHandled() {
        SQSBatchResponse response = consumer.consume(SqsBatches.of("{not json", body(approved("request-2"))),
                deadline(), this::echo);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(handled).hasValue(1);
        List<Message> parked = aws.drain(deadLetterUrl);
        assertThat(parked).singleElement().satisfies(message -> {
            assertThat(message.body()).isEqualTo("{not json");
            assertThat(message.messageAttributes().get("reason").stringValue()).startsWith("message is not JSON");
            assertThat(message.messageAttributes().get("consumer").stringValue()).isEqualTo("test-consumer");
        });
    }

    @Test
    void anEventThatBreaksItsContractIsParkedNamingTheViolation() {
        String broken = body(approved("request-3")).replace("\"language\":\"en\"", "\"language\":\"English\"");

        consumer.consume(SqsBatches.of(broken), deadline(), this::echo);

        assertThat(handled).hasValue(0);
        assertThat(aws.drain(deadLetterUrl)).singleElement().satisfies(message -> assertThat(
                message.messageAttributes().get("reason").stringValue())
                .startsWith("ContentApproved v1 (detail-type ContentApproved) breaks its contract: /data/language [pattern]"));
    }

    @Test
    void aFailingHandlerFailsItsMessageAloneAndItsRetryRunsAgain() {
        String failing = body(approved("request-4"));
        String fine = body(approved("request-5"));
        AtomicInteger attempts = new AtomicInteger();
        EventHandler failsOnce = event -> {
            if (event.data(ContentApproved.class).title().equals("request-4") && attempts.getAndIncrement() == 0) {
                throw new IllegalStateException("table throttled");
            }
            return echo(event);
        };

        SQSBatchResponse response = consumer.consume(SqsBatches.of(failing, fine), deadline(), failsOnce);
        SQSBatchResponse retry = consumer.consume(SqsBatches.of(failing), deadline(), failsOnce);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m-1");
        assertThat(retry.getBatchItemFailures()).isEmpty();
        assertThat(handled).hasValue(2);
    }

    @Test
    void anEventLoopStopsAtTheCausationBound() {
        String body = body(approved("loop"));
        int hops = 0;
        while (body != null && hops < 20) {
            consumer.consume(SqsBatches.of(body), deadline(), this::echo);
            List<JsonNode> published = awaitPublishedAtMost(1);
            body = published.isEmpty() ? null : published.get(0).toString();
            hops++;
        }

        assertThat(handled).as("events handled before the loop was cut").hasValue(MAX_DEPTH + 1);
        assertThat(aws.drain(deadLetterUrl)).singleElement().satisfies(message -> assertThat(
                message.messageAttributes().get("reason").stringValue())
                .contains("is " + (MAX_DEPTH + 1) + " hops deep in its causation chain; the bound is " + MAX_DEPTH));
    }

    @Test
    void anEventIdTooLongForAKeyIsParkedInsteadOfFailingAtTheTable() {
        Envelope<ContentApproved> valid = approved("request-6");
        String longId = "e".repeat(3000);
        String body = body(valid).replace(valid.metadata().eventId(), longId);

        SQSBatchResponse response = consumer.consume(SqsBatches.of(body), deadline(), this::echo);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(handled).hasValue(0);
        assertThat(aws.drain(deadLetterUrl)).singleElement().satisfies(message -> assertThat(
                message.messageAttributes().get("reason").stringValue())
                .isEqualTo("metadata.eventId is too long: its idempotency key has 3014 bytes, DynamoDB allows 2048"
                        + " in a partition key"));
    }

    /** A handler that answers every ContentApproved with another, caused by it: a loop when fed back. */
    private List<OutgoingEvent> echo(BusEvent event) {
        handled.incrementAndGet();
        Envelope<ContentApproved> next = envelopes.causedBy(event.metadata(), ContentApproved.TYPE,
                event.data(ContentApproved.class));
        return List.of(OutgoingEvent.of(Sources.MODERATION, ContentApproved.TYPE, next));
    }

    private Envelope<ContentApproved> approved(String title) {
        return envelopes.envelop(ContentApproved.TYPE, new ContentApproved("c-1", 1, title, "en", "travel",
                List.of("de"), BodyReference.ofText("polyglot://content/c-1/revisions/1/body", "Body")),
                "corr-" + title, title);
    }

    private static String body(Envelope<ContentApproved> envelope) {
        return BusEvents.body(Sources.MODERATION, ContentApproved.TYPE, envelope);
    }

    private static Instant deadline() {
        return Instant.now().plusSeconds(30);
    }

    private static List<JsonNode> awaitPublished(int count) {
        List<JsonNode> events = new java.util.ArrayList<>();
        long until = System.nanoTime() + 5_000_000_000L;
        while (events.size() < count && System.nanoTime() < until) {
            events.addAll(aws.published());
        }
        return events;
    }

    /** What is published within a second: delivery to the queue is asynchronous. */
    private static List<JsonNode> awaitPublishedAtMost(int count) {
        List<JsonNode> events = new java.util.ArrayList<>();
        long until = System.nanoTime() + 1_500_000_000L;
        while (events.size() < count && System.nanoTime() < until) {
            events.addAll(aws.published());
        }
        return events;
    }
}

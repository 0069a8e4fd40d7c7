package media.polyglot.local.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.local.engine.events.Delivery;
import media.polyglot.local.engine.events.PutEventsEntry;
import media.polyglot.local.engine.events.PutEventsResult;
import media.polyglot.local.engine.events.Rule;
import media.polyglot.local.engine.events.Target;
import media.polyglot.local.engine.events.TargetSender;
import org.junit.jupiter.api.Test;

class FaultsTest {

    private static final PutEventsEntry ENTRY = new PutEventsEntry("polyglot", "polyglot.content", "ContentSubmitted",
            "{\"n\": 1}", null, List.of());

    private final Faults faults = new Faults();

    @Test
    void withoutFaultsEveryEntryGoesThroughAndNothingIsCounted() {
        for (int i = 0; i < 100; i++) {
            assertThat(faults.refuse(ENTRY)).isNull();
        }
        assertThat(faults.counts()).isEqualTo(new Faults.Counts(0, 0, 0));
    }

    @Test
    void anEntryFailsAtMostTheBoundThenGoesThroughAsEventBridgeWouldAcceptARetry() {
        faults.set(new FaultSettings(false, 1.0, 0, 2));

        PutEventsResult first = faults.refuse(ENTRY);
        PutEventsResult second = faults.refuse(ENTRY);
        PutEventsResult third = faults.refuse(ENTRY);

        assertThat(first.errorCode()).isEqualTo("InternalFailure");
        assertThat(second.errorCode()).isEqualTo("InternalFailure");
        assertThat(third).isNull();
        assertThat(faults.refuse(new PutEventsEntry("polyglot", "polyglot.content", "ContentSubmitted", "{\"n\": 2}",
                null, List.of()))).as("another entry has its own bound").isNotNull();
        assertThat(faults.counts()).isEqualTo(new Faults.Counts(0, 3, 0));
    }

    @Test
    void throttlingIsReportedWithEventBridgesRetryableCode() {
        faults.set(new FaultSettings(false, 0, 1.0, 1));

        assertThat(faults.refuse(ENTRY).errorCode()).isEqualTo("ThrottlingException");
        assertThat(faults.counts().putEventsEntriesThrottled()).isEqualTo(1);
    }

    @Test
    void ratesAreSharesAndTogetherAtMostOne() {
        assertThatThrownBy(() -> new FaultSettings(false, 1.5, 0, 1)).hasMessageContaining("putEventsFailureRate");
        assertThatThrownBy(() -> new FaultSettings(false, 0.6, 0.6, 1)).hasMessageContaining("add up to more than 1");
        assertThatThrownBy(() -> new FaultSettings(false, 0.1, 0, -1)).hasMessageContaining("maxFailuresPerEntry");
    }

    @Test
    void duplicateDeliverySendsWhatWentThroughOnceMoreAndLeavesOutcomesAsTheFirstSendDecided() {
        Recording recording = new Recording();
        TargetSender sender = faults.injectedInto(recording);
        List<Delivery> deliveries = List.of(delivery("a"), delivery("fails"), delivery("b"));

        assertThat(sender.sendAll(deliveries)).extracting(e -> e == null).containsExactly(true, false, true);
        faults.set(new FaultSettings(true, 0, 0, 0));
        List<RuntimeException> outcomes = sender.sendAll(deliveries);
        sender.send(delivery("c"));

        assertThat(outcomes).extracting(e -> e == null).containsExactly(true, false, true);
        assertThat(recording.sent).containsExactly("a", "b", "a", "b", "a", "b", "c", "c");
        assertThat(faults.counts().duplicateDeliveries()).isEqualTo(3);
    }

    @Test
    void anUnavailableTargetTakesNothingAndItsDeliveriesFailToBeRetried() {
        Recording recording = new Recording();
        TargetSender sender = faults.injectedInto(recording);
        faults.set(new FaultSettings(false, 0, 0, 0, List.of("arn:aws:sqs:us-east-1:000000000000:q")));

        List<RuntimeException> outcomes = sender.sendAll(List.of(delivery("a"), delivery("b")));

        assertThat(outcomes).allSatisfy(e -> assertThat(e).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is unavailable"));
        assertThatThrownBy(() -> sender.send(delivery("c"))).hasMessageContaining("is unavailable");
        assertThat(recording.sent).isEmpty();
        faults.set(FaultSettings.NONE);
        assertThat(sender.sendAll(List.of(delivery("a")))).containsOnlyNulls();
        assertThat(recording.sent).containsExactly("a");
    }

    private static Delivery delivery(String payload) {
        Target target = Target.of("t", "arn:aws:sqs:us-east-1:000000000000:q");
        Rule rule = new Rule("r", "arn:aws:events:us-east-1:000000000000:rule/r", "{}", true, null, List.of(target));
        return new Delivery(rule, target, JsonNodeFactory.instance.objectNode().put("id", payload), payload);
    }

    /** A target that keeps what it received and refuses payloads named "fails". */
    private static final class Recording implements TargetSender {
        final List<String> sent = new ArrayList<>();

        @Override
        public boolean handles(String targetArn) {
            return true;
        }

        @Override
        public void send(Delivery delivery) {
            if (delivery.payload().equals("fails")) {
                throw new IllegalStateException("refused");
            }
            sent.add(delivery.payload());
        }
    }
}

package media.polyglot.bench.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowTraceTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    static TracedHop put(long millis, String flow, String detailType, String eventId, String causationId, String rules) {
        return new TracedHop(millis, T0.plusMillis(millis), "EVENT_PUT", "polyglot", flow, "bus-" + eventId, -1, "ok",
                detailType, "polyglot.test", rules, eventId, causationId, null, null);
    }

    @Test
    void aFlowIsTimedFromSubmissionToContentPublishedAndEachHopByCausation() {
        List<TracedHop> hops = List.of(
                put(40, "f-1", "ContentSubmitted", "e-1", "request-1", ""),
                put(100, "f-1", "ContentApproved", "e-2", "e-1", ""),
                put(130, "f-1", "ContentPublished", "e-3", "e-2", ""),
                put(135, "f-1", "ContentPublished.v2", "e-4", "e-2", ""),
                put(50, "f-2", "ContentSubmitted", "e-5", "request-2", ""));

        FlowTrace trace = new FlowTrace(Map.of("f-1", T0, "f-2", T0.plusMillis(10)), hops);

        assertThat(trace.completed()).isEqualTo(1);
        assertThat(trace.flowLatencies().percentileMillis(50)).isEqualTo(130.0);
        assertThat(trace.hopLatencies().get("submit -> ContentSubmitted").size()).isEqualTo(2);
        assertThat(trace.hopLatencies().get("ContentSubmitted -> ContentApproved").percentileMillis(50)).isEqualTo(60.0);
        assertThat(trace.hopLatencies().get("ContentApproved -> ContentPublished.v2").percentileMillis(50)).isEqualTo(35.0);
        assertThat(trace.criticalPath()).containsExactly("submit -> ContentSubmitted",
                "ContentSubmitted -> ContentApproved", "ContentApproved -> ContentPublished");
    }

    @Test
    void hopsOfFlowsTheBenchDidNotSubmitAreLeftOut() {
        FlowTrace trace = new FlowTrace(Map.of(), List.of(put(10, "other", "ContentPublished", "e-9", "x", "")));

        assertThat(trace.completed()).isZero();
        assertThat(trace.hopLatencies()).isEmpty();
    }
}

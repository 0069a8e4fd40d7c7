package media.polyglot.bench.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostModelTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    private static TracedHop hop(String kind, String resource, long millis, String requestId) {
        return new TracedHop(millis, T0, kind, resource, "f-1", null, millis, "ok", null, null, "", null, null, null,
                requestId);
    }

    @Test
    void oneFlowIsPricedFromWhatItsHopsDidOnTheTemplate() throws Exception {
        CostModel model = new CostModel(new ObjectMapper().readTree("""
                {"functions": [{"name": "ContentApi", "memoryMb": 1024}, {"name": "ModerateContent", "memoryMb": 512}],
                 "buses": [{"name": "polyglot", "rules": [
                   {"name": "moderation", "targetArns": ["arn:aws:sqs:us-east-1:000000000000:moderation"]},
                   {"name": "partner", "targetArns": ["arn:aws:events:us-east-1:111122223333:event-bus/acme"]}]}]}"""));
        List<TracedHop> hops = List.of(
                hop("HTTP_REQUEST", "ContentApi", 100, null),
                FlowTraceTest.put(1, "f-1", "ContentSubmitted", "e-1", "r", "moderation,partner"),
                hop("FUNCTION_INVOKED", "ModerateContent", 200, "req-1"),
                hop("FUNCTION_INVOKED", "ModerateContent", 200, "req-1"),
                hop("TABLE_WRITTEN", "TransactWriteItems", -1, null),
                hop("TOPIC_PUBLISHED", "Publish", -1, null));

        CostModel.Usage usage = model.eventDriven(hops, 1);

        assertThat(usage.lambdaRequests()).isEqualTo(2);
        assertThat(usage.gbSeconds()).isCloseTo(1.0 * 0.1 + 0.5 * 0.2, within(1e-9));
        assertThat(usage.putEntries()).isEqualTo(1);
        assertThat(usage.crossAccountEvents()).isEqualTo(1);
        assertThat(usage.sqsStandardRequests()).isEqualTo(3);
        assertThat(usage.snsPublishes()).isEqualTo(1);
        assertThat(usage.writeUnits()).isEqualTo(6 + 3);
        assertThat(usage.readUnits()).isEqualTo(0.5);
        double dollars = 2 * 0.20 + 0.2 * 16.6667 + 1.00 + 1.00 + 3 * 0.40 + 0.50 + 9 * 0.625 + 0.5 * 0.125;
        assertThat(usage.dollarsPerMillion()).isCloseTo(dollars, within(1e-6));
    }
}

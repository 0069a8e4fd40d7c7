package media.polyglot.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import media.polyglot.common.Observability;
import org.junit.jupiter.api.Test;
import software.amazon.lambda.powertools.metrics.MetricsFactory;

/** The flow latency as the process handler records it: one EMF line CloudWatch turns into the dashboard's metric. */
class FlowLatencyMetricTest {

    @Test
    void aFlowLatencyIsPrintedAsAnEmfMetricInMillisecondsInOurNamespaceWithTheServiceDimension() {
        String printed = printedDuring(() -> {
            PublishingProcessHandler.recordFlowLatency(Duration.ofMillis(2_345));
            MetricsFactory.getMetricsInstance().flush();
        });

        List<JsonNode> lines = printed.lines().filter(line -> line.contains("\"_aws\"")).map(FlowLatencyMetricTest::json).toList();
        assertThat(lines).singleElement().satisfies(line -> {
            JsonNode directive = line.path("_aws").path("CloudWatchMetrics").get(0);
            assertThat(directive.path("Namespace").asText()).isEqualTo(Observability.NAMESPACE);
            assertThat(directive.path("Metrics").get(0).path("Name").asText()).isEqualTo(Observability.FLOW_LATENCY);
            assertThat(directive.path("Metrics").get(0).path("Unit").asText()).isEqualTo("Milliseconds");
            assertThat(directive.path("Dimensions").get(0).get(0).asText()).isEqualTo(Observability.SERVICE_DIMENSION);
            assertThat(line.path(Observability.FLOW_LATENCY).asDouble()).isEqualTo(2_345.0);
            assertThat(line.path(Observability.SERVICE_DIMENSION).asText()).isEqualTo("publishing");
        });
    }

    private static String printedDuring(Runnable work) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}

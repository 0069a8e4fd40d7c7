package media.polyglot.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import media.polyglot.common.Observability;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/** The flow's CloudWatch dashboard: events per subscription's detail-types, every dead-letter queue, flow latency. */
class FlowDashboardTest {

    private static final List<String> SUBSCRIBERS = List.of(StackTemplate.MODERATE, StackTemplate.LOCALIZE,
            StackTemplate.SANDBOX, StackTemplate.SEQUENCE, StackTemplate.NOTIFY, StackTemplate.PROJECT, StackTemplate.APPEND);

    private static StackTemplate stack;
    private static Template template;
    private static List<JsonNode> metrics;

    @BeforeAll
    static void synthesizeDevStack() throws Exception {
        stack = new StackTemplate(Template.fromStack(
                PolyglotApp.define(new App(), new Stage("dev"), ProjectRoot.ofWorkingDirectory())));
        template = stack.template();
        template.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
        template.hasResourceProperties("AWS::CloudWatch::Dashboard", Map.of("DashboardName", "Polyglot-dev-flow"));
        JsonNode body = new ObjectMapper().readTree(stack.dashboardBody());
        metrics = new ArrayList<>();
        body.path("widgets").forEach(widget -> widget.path("properties").path("metrics").forEach(metrics::add));
    }

    @Test
    void everySubscriptionRuleShowsTheEventsItMatchesOnTheBusLabelledWithItsDetailTypes() {
        Set<String> rules = SUBSCRIBERS.stream().map(handler -> stack.ruleTargeting(stack.sourceQueueOf(handler)))
                .collect(Collectors.toSet());
        List<JsonNode> matched = metricsNamed("AWS/Events", "MatchedEvents");

        assertThat(matched).hasSize(rules.size());
        assertThat(matched).allSatisfy(metric -> {
            assertThat(dimension(metric, "EventBusName")).isEqualTo("${" + stack.busId() + "}");
            assertThat(options(metric).path("stat").asText()).isEqualTo("Sum");
        });
        assertThat(matched.stream().map(metric -> dimension(metric, "RuleName")).collect(Collectors.toSet()))
                .isEqualTo(rules.stream().map(id -> "${" + id + "}").collect(Collectors.toSet()));
        assertThat(matched.stream().map(metric -> options(metric).path("label").asText()))
                .contains("Moderation/ModerateContentSubscription: ContentSubmitted, ContentRevised");
    }

    @Test
    void everyDeadLetterQueueShowsItsDepth() {
        List<JsonNode> depths = metricsNamed("AWS/SQS", "ApproximateNumberOfMessagesVisible");

        assertThat(depths.stream().map(metric -> dimension(metric, "QueueName")).collect(Collectors.toSet()))
                .isEqualTo(stack.deadLetterQueueIds().stream().map(id -> "${" + id + ".QueueName}").collect(Collectors.toSet()))
                .hasSize(depths.size());
        assertThat(depths).allSatisfy(metric -> assertThat(options(metric).path("stat").asText()).isEqualTo("Maximum"));
    }

    @Test
    void theFlowLatencyPublishingEmitsIsShownAtItsPercentiles() {
        List<JsonNode> latency = metricsNamed(Observability.NAMESPACE, Observability.FLOW_LATENCY);

        assertThat(latency).allSatisfy(metric -> assertThat(dimension(metric, Observability.SERVICE_DIMENSION))
                .isEqualTo("publishing"));
        assertThat(latency.stream().map(metric -> options(metric).path("stat").asText()))
                .containsExactly("p50", "p90", "p99", "Maximum");
        // The service publishing's functions name on their metrics is the one the dashboard reads.
        assertThat(stack.variablesOf(StackTemplate.PUBLISH)).containsEntry("POWERTOOLS_SERVICE_NAME", "publishing");
    }

    @Test
    void everySubscriptionsBufferShowsItsOldestMessage() {
        assertThat(metricsNamed("AWS/SQS", "ApproximateAgeOfOldestMessage").stream()
                .map(metric -> dimension(metric, "QueueName")).collect(Collectors.toSet()))
                .isEqualTo(SUBSCRIBERS.stream().map(handler -> "${" + stack.sourceQueueOf(handler) + ".QueueName}")
                        .collect(Collectors.toSet()));
    }

    private static List<JsonNode> metricsNamed(String namespace, String name) {
        return metrics.stream()
                .filter(metric -> metric.get(0).asText().equals(namespace) && metric.get(1).asText().equals(name))
                .toList();
    }

    // A metric is [namespace, name, dimension, value, ..., {options}].
    private static String dimension(JsonNode metric, String name) {
        List<JsonNode> parts = StreamSupport.stream(metric.spliterator(), false).toList();
        for (int i = 2; i + 1 < parts.size(); i += 2) {
            if (parts.get(i).asText().equals(name)) {
                return parts.get(i + 1).asText();
            }
        }
        throw new AssertionError("no dimension " + name + " in " + metric);
    }

    private static JsonNode options(JsonNode metric) {
        return metric.get(metric.size() - 1);
    }
}

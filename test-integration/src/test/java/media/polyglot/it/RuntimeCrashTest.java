package media.polyglot.it;

import static media.polyglot.it.FlowScenario.detailTypes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import media.polyglot.infra.PolyglotApp;
import media.polyglot.local.manage.ManagementApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The local runtime killed with SIGKILL in the middle of flows, function processes and all, then started again
 * with {@code up --data-dir} on the same directory: tables, queues with their messages, archives and deliveries
 * waiting for a retry come back, and the flows complete, each event stored once.
 */
class RuntimeCrashTest {

    private static final Duration FLOW = FlowScenario.PATIENCE;
    private static final String BODY = "Across Europe, sleeper routes return, from Paris to Vienna.";

    private RuntimeProcess runtime;

    @AfterEach
    void stop() throws Exception {
        if (runtime != null) {
            runtime.stop();
        }
    }

    @Test
    void flowsInterruptedByAKilledRuntimeCompleteAfterItRestartsOnItsDataDirectory() throws Exception {
        assumeThat(Targets.selected()).as("only the embedded runtime can be killed and restarted").isEqualTo("embedded");
        Path assembly = Path.of(PolyglotApp.synthesize(Path.of("target", "cdk.out-crash"), "dev").getDirectory());
        Path dataDir = Files.createTempDirectory(Path.of("target"), "crash-data-");
        runtime = RuntimeProcess.up(assembly, dataDir, Path.of("target", "crash-runtime-1.log"));
        FlowScenario before = scenario();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            items.add(before.submit(FlowScenario.article(BODY, "travel", "de", "fr")));
        }
        // Mid-flow: once the first event of these flows is on the bus, the rest still to come.
        RuntimeManagement management = new RuntimeManagement(runtime.edge().resolve(ManagementApi.PREFIX));
        List<JsonNode> putBeforeKill = await().atMost(FLOW).pollInterval(Duration.ofMillis(50))
                .until(() -> management.puts(), puts -> !puts.isEmpty());
        List<String> seenBeforeKill = putBeforeKill.stream().map(hop -> hop.path("details").path("detailType").asText())
                .toList();

        runtime.kill();
        long restartedAt = System.nanoTime();
        runtime = RuntimeProcess.up(assembly, dataDir, Path.of("target", "crash-runtime-2.log"));
        FlowScenario after = scenario();

        for (String contentId : items) {
            JsonNode entry = after.catalogEntry(contentId, FLOW, e -> e.path("status").asText().equals("PUBLISHED"));
            assertThat(entry.path("languages")).extracting(JsonNode::asText).containsExactly("en", "de", "fr");
            List<JsonNode> history = after.historyHolding(contentId, FLOW, "ContentPublished.v2", "ContentPublished");
            assertThat(detailTypes(history)).as("every event of " + contentId + " stored once").containsExactlyInAnyOrder(
                    "ContentSubmitted", "ContentApproved", "TranslationRequested", "TranslationRequested",
                    "TranslationCompleted", "TranslationCompleted", "ContentPublished.v2", "ContentPublished");
            Set<String> ids = new HashSet<>();
            history.forEach(e -> ids.add(e.path("envelope").path("metadata").path("eventId").asText()));
            assertThat(ids).hasSize(history.size());
        }
        System.out.printf("runtime crash: killed once the bus had taken %s; after the restart all %d"
                + " flows completed in %d ms, 8 events each, none doubled%n", seenBeforeKill, items.size(),
                (System.nanoTime() - restartedAt) / 1_000_000);
    }

    private FlowScenario scenario() {
        SqsClient sqs = AwsTestClients.at(SqsClient.builder(), runtime.edge(), "us-east-1", "test", "test");
        String readers = sqs.listQueues().queueUrls().stream().filter(url -> url.contains("GermanTravelReadersQueue"))
                .findFirst().orElseThrow();
        return new FlowScenario(new SignedHttp(AwsCredentialsIdentity.create("test", "test"), "us-east-1"),
                runtime.url("content"), runtime.url("audit"), runtime.url("catalog"), sqs, readers);
    }
}

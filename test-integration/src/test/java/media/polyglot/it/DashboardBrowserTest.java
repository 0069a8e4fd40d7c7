package media.polyglot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import media.polyglot.local.LocalRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The dashboard in a real browser (Debian's chromium, driven through chromedriver; `.ci/run`
 * installs both): the live list, the trace of a completed flow, and redrive from the page.
 * Screenshots go to {@code target/}.
 */
@ExtendWith(SharedTarget.class)
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static EmbeddedTarget target;
    private static LocalRuntime runtime;
    private static ChromeDriver browser;

    @BeforeAll
    static void start(Target shared) {
        assumeThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does)")
                .isTrue();
        assumeThat(shared).as("the dashboard is the embedded runtime's").isInstanceOf(EmbeddedTarget.class);
        target = (EmbeddedTarget) shared;
        runtime = target.runtime();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,1000");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        browser.get(runtime.edgeUrl() + "/");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theLiveListShowsAnEventSentThroughTheEdge() throws Exception {
        try (EventBridgeClient events = client(EventBridgeClient.builder())) {
            events.putEvents(p -> p.entries(e -> e.eventBusName("polyglot").source("polyglot.browser")
                    .detailType("DashboardPing").detail("{\"metadata\": {\"correlationId\": \"corr-browser\"}}")));
        }
        tab("events");

        await().atMost(Duration.ofSeconds(30)).until(() -> browser.findElement(By.id("event-rows")).getText()
                .contains("DashboardPing"));
        assertThat(browser.findElement(By.id("event-rows")).getText()).contains("polyglot.browser").contains("corr-browser");
        screenshot("dashboard-events.png");
    }

    @Test
    void theTraceOfACompletedFlowShowsEveryHopInOrder() throws Exception {
        SubmissionScenario scenario = new SubmissionScenario(target);
        String correlationId = scenario.submittedContentReachesHistory(FlowScenario.PATIENCE)
                .path("envelope").path("metadata").path("correlationId").asText();
        tab("trace");
        WebElement id = browser.findElement(By.id("trace-id"));
        id.clear();
        id.sendKeys(correlationId);
        browser.findElement(By.id("trace-go")).click();

        await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElements(By.cssSelector(".hop")).size() >= 5);
        List<String> kinds = browser.findElements(By.cssSelector(".hop span:nth-child(3)")).stream()
                .map(WebElement::getText).map(kind -> kind.replaceAll(" \\(.*\\)", "")).toList();
        assertThat(kinds).containsSubsequence("HTTP_REQUEST", "FUNCTION_INVOKED", "EVENT_PUT", "TARGET_DELIVERED",
                "FUNCTION_INVOKED");
        assertThat(browser.findElement(By.id("causation")).getText()).contains("ContentSubmitted");
        screenshot("dashboard-trace.png");

        tab("topology");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElement(By.id("diagram")).getText()
                .contains("AppendToEventStore"));
        screenshot("dashboard-topology.png");
    }

    @Test
    void redriveFromThePageEmptiesADeadLetterQueue() throws Exception {
        try (SqsClient sqs = client(SqsClient.builder())) {
            tab("queues");
            String auditDlq = sqs.listQueues().queueUrls().stream()
                    .filter(url -> url.contains("AuditAppendToEventStoreSubscriptionDeadLetterQueue")).findFirst().orElseThrow();
            String auditDlqName = auditDlq.substring(auditDlq.lastIndexOf('/') + 1);
            // A good event, as if parked while the audit function was broken: after the redrive it is filed, not parked again.
            String parked = parkedEvent();
            sqs.sendMessage(m -> m.queueUrl(auditDlq).messageBody(parked));
            await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(
                    By.cssSelector("button[data-redrive='" + auditDlqName + "']")).isEmpty());

            // The table refreshes every two seconds: click again if the button was just replaced.
            await().atMost(Duration.ofSeconds(10)).ignoreException(StaleElementReferenceException.class).until(() -> {
                browser.findElement(By.cssSelector("button[data-redrive='" + auditDlqName + "']")).click();
                return true;
            });

            await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id("redrive-result")).isEmpty());
            assertThat(browser.findElement(By.id("redrive-result")).getText()).contains(auditDlqName).contains("moved");
            assertThat(sqs.getQueueAttributes(r -> r.queueUrl(auditDlq).attributeNamesWithStrings(
                    "ApproximateNumberOfMessages")).attributesAsStrings().get("ApproximateNumberOfMessages")).isEqualTo("0");
            screenshot("dashboard-redrive.png");
        }
    }

    private static String parkedEvent() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (InputStream example = DashboardBrowserTest.class.getClassLoader()
                .getResourceAsStream("schemas/ContentSubmitted/v1.example.json")) {
            ObjectNode event = json.createObjectNode().put("version", "0").put("id", "parked-1")
                    .put("detail-type", "ContentSubmitted").put("source", "polyglot.content")
                    .put("account", "000000000000").put("time", "2026-11-26T09:15:01Z").put("region", "us-east-1");
            event.putArray("resources");
            event.set("detail", json.readTree(example));
            return event.toString();
        }
    }

    private static void tab(String name) {
        browser.findElement(By.cssSelector("nav button[data-tab='" + name + "']")).click();
    }

    private static void screenshot(String file) throws Exception {
        Path screenshot = Path.of("target", file);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), screenshot,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static <B extends AwsClientBuilder<B, C>, C> C client(B builder) {
        return AwsTestClients.at(builder, runtime.edgeUrl(), "us-east-1", "test", "test");
    }
}

package media.polyglot.it;

import static media.polyglot.it.FlowScenario.data;
import static media.polyglot.it.FlowScenario.ofType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import media.polyglot.common.FunctionSettings;
import media.polyglot.infra.localization.LocalizationService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A partner declining one language: the sandbox vendor configured to decline half of its requests, as a stage
 * may configure it. Its choice is a pure function of the request id (CRC-32 of it, modulo 100, under the rate),
 * and localization's request ids are {@code <contentId>-r<revision>-<language>-a<attempt>}, so the scenario picks
 * target languages whose fate it knows: two translated at the first attempt, one declined at every attempt. That
 * one fails (TranslationFailed, DECLINED) once localization's attempts are spent; the item is published in the
 * others.
 */
class PartnerDeclineScenarioTest {

    private static final Duration FLOW = FlowScenario.PATIENCE;
    private static final int DECLINE_PERCENT = 50;
    private static final int ATTEMPTS = LocalizationService.TRANSLATION_ATTEMPTS;

    private static Target target;
    private static SqsClient sqs;
    private static FlowScenario flow;

    @BeforeAll
    static void start() {
        assumeThat(Targets.selected()).as("a deployed stack's sandbox vendor declines what it was deployed with;"
                + " this scenario sets the decline rate in the template it runs").isNotEqualTo("deployed");
        target = Targets.start("decline", TemplateEdit.functionEnvironment("SandboxVendorSandboxTranslationFunction",
                FunctionSettings.SANDBOX_DECLINE_PERCENT, Integer.toString(DECLINE_PERCENT)));
        sqs = target.client(SqsClient.builder());
        flow = FlowScenario.on(target, sqs);
    }

    @AfterAll
    static void stop() {
        if (sqs != null) {
            sqs.close();
        }
        if (target != null) {
            target.close();
        }
    }

    @Test
    void aLanguageThePartnerDeclinesAtEveryAttemptFailsAndTheItemIsPublishedInTheOthers() throws Exception {
        String contentId = flow.submit(FlowScenario.article("Across Europe, sleeper routes return, from Paris to Vienna.",
                "travel"));
        flow.catalogEntry(contentId, FLOW, e -> e.path("status").asText().equals("PUBLISHED"));
        List<String> translated = new ArrayList<>();
        String declined = null;
        for (String language : twoLetterTags()) {
            if (translated.size() < 2 && !declines(contentId, 2, language, 1)) {
                translated.add(language);
            } else if (declined == null && declinesEveryAttempt(contentId, 2, language)) {
                declined = language;
            }
        }
        String failing = declined;

        HttpResponse<String> revised = flow.send("POST", "/content/" + contentId + "/revisions",
                FlowScenario.article("Sleeper routes return across Europe, now in more languages.", "travel",
                        translated.get(0), translated.get(1), failing));

        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(202);
        JsonNode entry = flow.catalogEntry(contentId, FLOW, e -> e.path("live").path("revision").asInt() == 2);
        assertThat(entry.path("languages")).extracting(JsonNode::asText)
                .containsExactly("en", translated.get(0), translated.get(1));
        List<JsonNode> history = flow.historyHolding(contentId, FLOW, "TranslationFailed", "ContentPublished.v2");
        JsonNode failed = ofType(history, "TranslationFailed").get(0);
        assertThat(data(failed).path("language").asText()).isEqualTo(failing);
        assertThat(data(failed).path("reason").asText()).isEqualTo("DECLINED");
        assertThat(data(failed).path("detail").asText()).contains("declined attempt " + ATTEMPTS + ", the last");
        assertThat(ofType(history, "TranslationRequested").stream().filter(e -> data(e).path("revision").asInt() == 2)
                .map(e -> data(e).path("targetLanguage").asText()).toList())
                .as("one request each for the languages translated at once, every attempt for the declined one")
                .hasSize(2 + ATTEMPTS).containsOnly(translated.get(0), translated.get(1), failing);
        assertThat(ofType(history, "TranslationCompleted")).extracting(e -> data(e).path("language").asText())
                .containsExactlyInAnyOrderElementsOf(translated);
        System.out.printf("partner decline: %s declined %d times and failed; %s translated; published in %s%n",
                failing, ATTEMPTS, translated, entry.path("languages"));
    }

    /** The sandbox vendor's rule at this decline rate. */
    private static boolean declines(String contentId, int revision, String language, int attempt) {
        CRC32 crc = new CRC32();
        crc.update((contentId + "-r" + revision + "-" + language + "-a" + attempt).getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 100 < DECLINE_PERCENT;
    }

    private static boolean declinesEveryAttempt(String contentId, int revision, String language) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (!declines(contentId, revision, language, attempt)) {
                return false;
            }
        }
        return true;
    }

    /** Two-letter language tags other than the source language, in order. */
    private static List<String> twoLetterTags() {
        List<String> tags = new ArrayList<>();
        for (char first = 'a'; first <= 'z'; first++) {
            for (char second = 'a'; second <= 'z'; second++) {
                String tag = "" + first + second;
                if (!tag.equals("en")) {
                    tags.add(tag);
                }
            }
        }
        return tags;
    }
}

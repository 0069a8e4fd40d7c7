package media.polyglot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.events.BodyReference;
import media.polyglot.events.content.ContentSubmitted;
import media.polyglot.events.ContractValidator;
import media.polyglot.events.EventJson;
import media.polyglot.events.EventMetadata;
import org.junit.jupiter.api.Test;

class ContentSubmissionsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private final AtomicInteger ids = new AtomicInteger();
    private final ContentSubmissions submissions = new ContentSubmissions(
            new EnvelopeFactory("content", Clock.fixed(NOW, ZoneOffset.UTC), () -> "id-" + ids.incrementAndGet()));
    private final SubmitContentCommand command =
            new SubmitContentCommand("Title", "Body", "en", "travel", List.of("de", "fr"));

    @Test
    void aSubmissionIsRevisionOneAnnouncedByContentSubmitted() {
        Submission submission = submissions.submit(command, "corr-1", "request-1");

        assertThat(submission.item()).isEqualTo(
                new ContentItem("id-1", 1, "Title", "Body", "en", "travel", List.of("de", "fr"), NOW));
        assertThat(submission.event().data()).isEqualTo(
                new ContentSubmitted("id-1", 1, "Title", "en", "travel", List.of("de", "fr"), new BodyReference(
                        "polyglot://content/id-1/revisions/1/body", 4,
                        "6ccaa6415b5ee449e3c5c716f57b4608ebe3b780f5aa6b077bc5d8eee5d961f9")));
        assertThat(submission.event().metadata()).isEqualTo(
                new EventMetadata("id-2", 1, "corr-1", "request-1", "content", NOW));
    }

    @Test
    void theEventFollowsItsContract() {
        Submission submission = submissions.submit(command, "corr-1", "request-1");

        assertThat(new ContractValidator().violations(ContentSubmitted.TYPE,
                EventJson.mapper().valueToTree(submission.event()))).isEmpty();
    }

    @Test
    void theOutboxRowCarriesTheEventAndExpiresADayLater() {
        Submission submission = submissions.submit(command, "corr-1", "request-1");

        var item = OutboxRow.of("polyglot.content", ContentSubmitted.TYPE, submission.event()).toItem();

        assertThat(item.get("eventId").s()).isEqualTo("id-2");
        assertThat(item.get("detailType").s()).isEqualTo("ContentSubmitted");
        assertThat(item.get("schemaVersion").n()).isEqualTo("1");
        assertThat(item.get("expiresAt").n()).isEqualTo(Long.toString(NOW.plusSeconds(86_400).getEpochSecond()));
        assertThat(item.get("detail").s()).contains("\"correlationId\":\"corr-1\"");
    }
}

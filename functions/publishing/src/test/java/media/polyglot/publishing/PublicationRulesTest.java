package media.polyglot.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.OutgoingEvent;
import media.polyglot.events.BodyReference;
import media.polyglot.events.ContractValidator;
import media.polyglot.events.EventMetadata;
import media.polyglot.events.content.ContentWithdrawn;
import media.polyglot.events.localization.TranslationCompleted;
import media.polyglot.events.localization.TranslationFailed;
import media.polyglot.events.moderation.ContentApproved;
import org.junit.jupiter.api.Test;

/** The publishing rule, decided in memory. */
class PublicationRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final EventMetadata CAUSE = new EventMetadata("e-0", 1, "corr", "cause", "test", NOW);

    private final PublicationRules rules = new PublicationRules(
            new EnvelopeFactory("publishing", Clock.fixed(NOW, ZoneOffset.UTC), () -> "id"), "https://polyglot.media",
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anApprovedRevisionIsPublishedOnceEveryLanguageIsTranslatedAsV2AndV1() {
        Decision approved = rules.onApproved(Publication.start("c-1"), CAUSE, approved(1, "de", "fr"));
        Decision german = rules.onTranslated(approved.state(), CAUSE, translated(1, "de"));
        Decision french = rules.onTranslated(german.state(), CAUSE, translated(1, "fr"));

        assertThat(approved.events()).isEmpty();
        assertThat(german.events()).isEmpty();
        assertThat(french.events()).extracting(e -> e.type().detailType())
                .containsExactly("ContentPublished.v2", "ContentPublished");
        assertThat(french.events().get(0).detail().path("data").path("editions").findValuesAsText("language"))
                .containsExactly("en", "de", "fr");
        assertThat(french.state().live()).isEqualTo(new Publication.Live(1, List.of("en", "de", "fr")));
        french.events().forEach(PublicationRulesTest::assertKeepsItsContract);
    }

    @Test
    void thePublicationsFlowLatencyRunsFromTheEarliestEventOfItsRevisionToItsPublication() {
        Decision german = rules.onTranslated(Publication.start("c-1"), causeAt(NOW.minusSeconds(20)), translated(1, "de"));
        Decision approved = rules.onApproved(german.state(), causeAt(NOW.minusSeconds(95)), approved(1, "de", "fr"));
        Decision french = rules.onTranslated(approved.state(), causeAt(NOW.minusSeconds(5)), translated(1, "fr"));

        assertThat(german.flowLatency()).isNull();
        assertThat(approved.flowLatency()).isNull();
        assertThat(french.events()).hasSize(2);
        assertThat(french.flowLatency()).isEqualTo(Duration.ofSeconds(95));
    }

    @Test
    void aNewerRevisionsFlowLatencyStartsAtItsOwnFirstEvent() {
        Decision first = rules.onApproved(Publication.start("c-1"), causeAt(NOW.minusSeconds(600)), approved(1, "de"));
        Decision revised = rules.onApproved(first.state(), causeAt(NOW.minusSeconds(30)), approved(2));

        assertThat(revised.events()).hasSize(2);
        assertThat(revised.flowLatency()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aStateSavedBeforeFlowStartsWereKeptPublishesWithoutALatency() {
        Publication saved = new Publication("c-1", 1, approved(1, "de"), Map.of(), Set.of(), false, null, null);

        Decision published = rules.onTranslated(saved, CAUSE, translated(1, "de"));

        assertThat(published.events()).hasSize(2);
        assertThat(published.flowLatency()).isNull();
    }

    @Test
    void aWithdrawalHasNoFlowLatency() {
        Decision live = rules.onApproved(Publication.start("c-1"), CAUSE, approved(1));
        Decision withdrawn = rules.onWithdrawn(live.state(), CAUSE, new ContentWithdrawn("c-1", 1, null));

        assertThat(live.flowLatency()).isEqualTo(Duration.ZERO);
        assertThat(withdrawn.events()).hasSize(1);
        assertThat(withdrawn.flowLatency()).isNull();
    }

    @Test
    void translationsBeforeTheApprovalStillPublishOnce() {
        Decision german = rules.onTranslated(Publication.start("c-1"), CAUSE, translated(1, "de"));
        Decision approved = rules.onApproved(german.state(), CAUSE, approved(1, "de"));
        Decision again = rules.onApproved(approved.state(), CAUSE, approved(1, "de"));

        assertThat(german.events()).isEmpty();
        assertThat(approved.events()).hasSize(2);
        assertThat(again.events()).isEmpty();
    }

    @Test
    void aFailedLanguageIsPublishedWithout() {
        Decision approved = rules.onApproved(Publication.start("c-1"), CAUSE, approved(1, "de", "fr"));
        Decision german = rules.onTranslated(approved.state(), CAUSE, translated(1, "de"));
        Decision frenchFailed = rules.onTranslationFailed(german.state(), CAUSE, new TranslationFailed(
                "r-fr", "c-1", 1, "fr", TranslationFailed.Reason.DECLINED, null));

        assertThat(frenchFailed.state().live().languages()).containsExactly("en", "de");
    }

    @Test
    void eventsOfAStaleRevisionAreIgnored() {
        Decision revised = rules.onApproved(Publication.start("c-1"), CAUSE, approved(2, "de"));
        Decision stale = rules.onTranslated(revised.state(), CAUSE, translated(1, "de"));
        Decision staleApproval = rules.onApproved(stale.state(), CAUSE, approved(1));

        assertThat(stale.state()).isEqualTo(revised.state());
        assertThat(staleApproval.state()).isEqualTo(revised.state());
        assertThat(staleApproval.events()).isEmpty();
    }

    @Test
    void withdrawalDuringTranslationPublishesNothingAfterwards() {
        Decision approved = rules.onApproved(Publication.start("c-1"), CAUSE, approved(1, "de"));
        Decision withdrawn = rules.onWithdrawn(approved.state(), CAUSE, new ContentWithdrawn("c-1", 1, null));
        Decision late = rules.onTranslated(withdrawn.state(), CAUSE, translated(1, "de"));

        assertThat(withdrawn.events()).isEmpty();
        assertThat(late.events()).isEmpty();
        assertThat(late.state().live()).isNull();
    }

    @Test
    void withdrawalOfALiveItemUnpublishesItsLanguages() {
        Decision live = rules.onApproved(Publication.start("c-1"), CAUSE, approved(1));
        Decision withdrawn = rules.onWithdrawn(live.state(), CAUSE, new ContentWithdrawn("c-1", 1, "outdated"));

        assertThat(withdrawn.events()).singleElement().satisfies(event -> {
            assertThat(event.type().detailType()).isEqualTo("ContentUnpublished");
            assertThat(event.detail().path("data").path("reason").asText()).isEqualTo("WITHDRAWN");
            assertKeepsItsContract(event);
        });
        assertThat(rules.onWithdrawn(withdrawn.state(), CAUSE, new ContentWithdrawn("c-1", 1, null)).events()).isEmpty();
    }

    private static EventMetadata causeAt(Instant occurredAt) {
        return new EventMetadata("e-" + occurredAt, 1, "corr", "cause", "test", occurredAt);
    }

    private static ContentApproved approved(int revision, String... targets) {
        return new ContentApproved("c-1", revision, "Night trains", "en", "travel", List.of(targets),
                BodyReference.ofText("polyglot://content/c-1/revisions/" + revision + "/body", "Body"));
    }

    private static TranslationCompleted translated(int revision, String language) {
        return new TranslationCompleted("r-" + language, "c-1", revision, language, "[" + language + "] Night trains",
                BodyReference.ofText("https://vendor.invalid/" + language, "x"), "sandbox");
    }

    private static void assertKeepsItsContract(OutgoingEvent event) {
        assertThat(new ContractValidator().violations(event.type(), event.detail())).isEmpty();
    }
}

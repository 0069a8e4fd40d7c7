package media.polyglot.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import media.polyglot.events.moderation.ContentRejected.Reason;
import org.junit.jupiter.api.Test;

class ModerationPolicyTest {

    private final ModerationPolicy policy = ModerationPolicy.of("scam, miracle cure", 20);

    @Test
    void aCleanDraftOfEnoughLengthInADeclaredLanguageIsApproved() {
        assertThat(policy.review(draft("Night trains", "Across Europe, sleeper routes return.", "en")).isApproved()).isTrue();
    }

    @Test
    void aBannedTermAnywhereIsAPolicyViolationWhateverItsCase() {
        Verdict verdict = policy.review(draft("A Miracle Cure", "Across Europe, a SCAM returns.", "en"));

        assertThat(verdict.reason()).isEqualTo(Reason.POLICY_VIOLATION);
        assertThat(verdict.findings()).containsExactly("uses banned term(s) scam, miracle cure");
    }

    @Test
    void aTermInsideAnotherWordIsNotBanned() {
        assertThat(policy.review(draft("Scampi season", "Across Europe, scampi is back.", "en")).isApproved()).isTrue();
    }

    @Test
    void aShortBodyAndAnUndeclaredLanguageAreQualityProblemsListedTogether() {
        Verdict verdict = policy.review(draft("Title", "Too short", "und"));

        assertThat(verdict.reason()).isEqualTo(Reason.QUALITY);
        assertThat(verdict.findings()).containsExactly(
                "body has 9 characters; at least 20 are required",
                "language \"und\" declares no language; declare the body's language");
    }

    @Test
    void aPolicyViolationOutranksQualityButKeepsEveryFinding() {
        Verdict verdict = policy.review(draft("scam", "short", "en"));

        assertThat(verdict.reason()).isEqualTo(Reason.POLICY_VIOLATION);
        assertThat(verdict.findings()).hasSize(2);
    }

    private static Draft draft(String title, String body, String language) {
        return new Draft("c-1", 1, title, language, body);
    }
}

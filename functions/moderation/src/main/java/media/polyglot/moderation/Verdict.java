package media.polyglot.moderation;

import java.util.List;
import media.polyglot.events.moderation.ContentRejected;

/**
 * What moderation decides about a draft: approved, or rejected for the most serious reason found, with
 * every finding listed for the author.
 *
 * @param reason   null when approved
 * @param findings every rule the draft broke, in words an author can act on; empty when approved
 */
public record Verdict(ContentRejected.Reason reason, List<String> findings) {

    public Verdict {
        findings = List.copyOf(findings);
        if ((reason == null) != findings.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs a reason and findings, an approval neither");
        }
    }

    public static Verdict approved() {
        return new Verdict(null, List.of());
    }

    public boolean isApproved() {
        return reason == null;
    }

    /** The findings as one note to the author. */
    public String note() {
        return String.join("; ", findings);
    }
}

package media.polyglot.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import media.polyglot.events.moderation.ContentRejected.Reason;

/**
 * The house rules a revision must keep to be published: no banned term in its title or body, a body of
 * at least the minimum length, and a real language declared (not one of BCP 47's codes for "undetermined",
 * "multiple" or "no linguistic content"). A breach of policy outranks a quality problem as the reason.
 */
public final class ModerationPolicy {

    /** BCP 47 / ISO 639 special codes that declare no language the body could be translated from. */
    static final Set<String> UNDECLARED_LANGUAGES = Set.of("und", "mul", "zxx", "mis");

    private final List<BannedTerm> bannedTerms;
    private final int minBodyChars;

    /**
     * @param bannedTerms  terms refused as whole words, in any case
     * @param minBodyChars the fewest characters a body may have
     */
    public ModerationPolicy(List<String> bannedTerms, int minBodyChars) {
        this.bannedTerms = bannedTerms.stream().map(String::trim).filter(term -> !term.isEmpty())
                .map(BannedTerm::of).toList();
        this.minBodyChars = minBodyChars;
    }

    /** A policy from the comma-separated term list infra configures. */
    public static ModerationPolicy of(String commaSeparatedTerms, int minBodyChars) {
        return new ModerationPolicy(List.of(commaSeparatedTerms.split(",")), minBodyChars);
    }

    public Verdict review(Draft draft) {
        List<String> policy = new ArrayList<>();
        List<String> quality = new ArrayList<>();
        List<String> banned = bannedTerms.stream()
                .filter(term -> term.foundIn(draft.title()) || term.foundIn(draft.body()))
                .map(BannedTerm::term)
                .toList();
        if (!banned.isEmpty()) {
            policy.add("uses banned term(s) " + String.join(", ", banned));
        }
        int length = draft.body().strip().length();
        if (length < minBodyChars) {
            quality.add("body has " + length + " characters; at least " + minBodyChars + " are required");
        }
        String primary = draft.language().split("-")[0].toLowerCase(Locale.ROOT);
        if (UNDECLARED_LANGUAGES.contains(primary)) {
            quality.add("language \"" + draft.language() + "\" declares no language; declare the body's language");
        }
        if (!policy.isEmpty()) {
            policy.addAll(quality);
            return new Verdict(Reason.POLICY_VIOLATION, policy);
        }
        return quality.isEmpty() ? Verdict.approved() : new Verdict(Reason.QUALITY, quality);
    }

    /** A term and how to find it as a whole word, in any case, in any script. */
    private record BannedTerm(String term, Pattern pattern) {

        static BannedTerm of(String term) {
            return new BannedTerm(term, Pattern.compile(
                    "(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])"));
        }

        boolean foundIn(String text) {
            return pattern.matcher(text).find();
        }
    }
}

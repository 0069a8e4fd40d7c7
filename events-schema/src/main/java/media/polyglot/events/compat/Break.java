package media.polyglot.events.compat;

import java.util.Objects;

/**
 * One breaking change to a published schema version: which event version, which field, what
 * changed and which rule that breaks.
 *
 * @param subject the event version ({@code ContentPublished v1}) or {@code envelope}
 * @param field   the field's path in the data ({@code editions[].url}); empty for the whole schema
 * @param change  what changed, for example {@code was removed}
 * @param rule    the rule it breaks
 */
public record Break(String subject, String field, String change, Rule rule) {

    public Break {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * For example: {@code ContentPublished v1: field "url" was removed (rule removed-field: a field of a
     * published version is never removed or renamed)}.
     */
    public String message() {
        String what = field.isEmpty() ? "schema" : "field \"" + field + "\"";
        return subject + ": " + what + " " + change + " (rule " + rule.id() + ": " + rule.text() + ")";
    }

    @Override
    public String toString() {
        return message();
    }
}

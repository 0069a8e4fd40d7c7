package media.polyglot.content;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an author sends to submit a new item. The compact constructor is the input contract: a
 * command that exists is valid, and a refusal names the field and the rule it broke.
 */
public record SubmitContentCommand(String title, String body, String language, String category,
                                   List<String> targetLanguages) {

    /** BCP 47 language tag, as the event contracts require. */
    static final Pattern LANGUAGE_TAG = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
    /** Keeps the item well under DynamoDB's 400 KB item limit. */
    static final int MAX_BODY_CHARS = 100_000;
    static final int MAX_TITLE_CHARS = 300;
    static final int MAX_CATEGORY_CHARS = 100;

    public SubmitContentCommand {
        requireText("title", title, MAX_TITLE_CHARS);
        requireText("body", body, MAX_BODY_CHARS);
        requireText("category", category, MAX_CATEGORY_CHARS);
        requireLanguage("language", language);
        if (targetLanguages == null) {
            throw new InvalidCommandException("targetLanguages is required (a list, possibly empty)");
        }
        targetLanguages = List.copyOf(targetLanguages);
        for (String target : targetLanguages) {
            requireLanguage("targetLanguages", target);
            if (target.equals(language)) {
                throw new InvalidCommandException("targetLanguages must not contain the source language " + language);
            }
        }
        if (new HashSet<>(targetLanguages).size() != targetLanguages.size()) {
            throw new InvalidCommandException("targetLanguages must not repeat a language: " + targetLanguages);
        }
    }

    private static void requireText(String field, String value, int maxChars) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommandException(field + " is required and must not be blank");
        }
        if (value.length() > maxChars) {
            throw new InvalidCommandException(field + " has " + value.length() + " characters; at most " + maxChars
                    + " are allowed");
        }
    }

    private static void requireLanguage(String field, String value) {
        if (value == null || !LANGUAGE_TAG.matcher(value).matches()) {
            throw new InvalidCommandException(field + " must be a BCP 47 language tag such as \"en\" or \"pt-BR\", was "
                    + (value == null ? "missing" : "\"" + value + "\""));
        }
    }
}

package media.polyglot.moderation;

import java.util.Objects;

/**
 * One revision as moderation reviews it: what the author declared and the body itself.
 *
 * @param contentId the item
 * @param revision  the revision under review
 * @param title     its title
 * @param language  the language the author declared (BCP 47)
 * @param body      the body, fetched by its claim check
 */
public record Draft(String contentId, int revision, String title, String language, String body) {

    public Draft {
        Objects.requireNonNull(contentId, "contentId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(body, "body");
    }
}

package media.polyglot.content;

import java.time.Instant;
import java.util.List;

/** The state of one content item as the content context keeps it. */
public record ContentItem(String contentId, int revision, String title, String body, String language,
                          String category, List<String> targetLanguages, Instant updatedAt) {

    public ContentItem {
        targetLanguages = List.copyOf(targetLanguages);
    }
}

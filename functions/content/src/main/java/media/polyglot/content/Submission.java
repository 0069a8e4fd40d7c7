package media.polyglot.content;

import media.polyglot.events.content.ContentSubmitted;
import media.polyglot.events.Envelope;

/** What a submission decides: the new item, and the event that tells everyone else. */
public record Submission(ContentItem item, Envelope<ContentSubmitted> event) {
}

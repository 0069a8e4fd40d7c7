package media.polyglot.content;

/** A change to an item content does not hold: the API answers 404. */
public final class ContentNotFoundException extends RuntimeException {

    public ContentNotFoundException(String contentId) {
        super("no content " + contentId + "; submit it first with POST /content");
    }
}

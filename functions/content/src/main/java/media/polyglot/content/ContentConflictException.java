package media.polyglot.content;

/** A change the item's state refuses (it is withdrawn, or another change came first): the API answers 409. */
public final class ContentConflictException extends RuntimeException {

    private final String code;

    public ContentConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The error code the API answers with: {@code Withdrawn} or {@code ConcurrentChange}. */
    public String code() {
        return code;
    }
}

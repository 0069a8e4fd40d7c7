package media.polyglot.publishing;

/** Another writer saved the publication first; the message returns to its queue and is decided again. */
public final class ConcurrentPublicationChangeException extends RuntimeException {

    public ConcurrentPublicationChangeException(String contentId, int expectedVersion) {
        super("publication of " + contentId + " changed since version " + expectedVersion + " was read; decided again on retry");
    }
}

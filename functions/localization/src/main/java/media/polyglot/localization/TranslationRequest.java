package media.polyglot.localization;

import java.util.Objects;
import media.polyglot.events.localization.TranslationRequested;

/**
 * Where one language of one approved revision stands: the request currently out with vendors, how many
 * times it was asked, and whether it ended.
 *
 * @param request the TranslationRequested currently out (the latest attempt)
 * @param attempt 1 for the first request, one more per retry after a decline
 * @param status  whether an answer is awaited or the language ended
 */
public record TranslationRequest(TranslationRequested request, int attempt, Status status) {

    public TranslationRequest {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
    }

    /** The key of a language of a revision: {@code <contentId>/<revision>/<language>}. */
    public static String key(String contentId, int revision, String language) {
        return contentId + "/" + revision + "/" + language;
    }

    /** The request id of an attempt: readable, URL-safe, and different for every attempt. */
    static String requestId(String contentId, int revision, String language, int attempt) {
        return contentId + "-r" + revision + "-" + language + "-a" + attempt;
    }

    public String key() {
        return key(request.contentId(), request.revision(), request.targetLanguage());
    }

    /** Where a language stands. */
    public enum Status {
        /** A vendor's answer is awaited. */
        REQUESTED,
        /** A translation was delivered and accepted. */
        COMPLETED,
        /** The retry budget is spent. */
        FAILED
    }
}

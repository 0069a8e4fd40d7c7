package media.polyglot.events;

/**
 * The EventBridge {@code detail-type} of each event version: the event's name ({@code NounPastVerb})
 * for version 1, the name and {@code .vN} for a later major version (see {@link EventType}).
 */
public final class DetailTypes {

    public static final String CONTENT_SUBMITTED = "ContentSubmitted";
    public static final String CONTENT_REVISED = "ContentRevised";
    public static final String CONTENT_WITHDRAWN = "ContentWithdrawn";
    public static final String CONTENT_APPROVED = "ContentApproved";
    public static final String CONTENT_REJECTED = "ContentRejected";
    public static final String TRANSLATION_REQUESTED = "TranslationRequested";
    public static final String TRANSLATION_DELIVERED = "TranslationDelivered";
    public static final String TRANSLATION_DECLINED = "TranslationDeclined";
    public static final String TRANSLATION_COMPLETED = "TranslationCompleted";
    public static final String TRANSLATION_FAILED = "TranslationFailed";
    public static final String CONTENT_PUBLISHED = "ContentPublished";
    /** Version 2 of ContentPublished, published beside version 1. */
    public static final String CONTENT_PUBLISHED_V2 = "ContentPublished.v2";
    public static final String CONTENT_UNPUBLISHED = "ContentUnpublished";

    private DetailTypes() {
    }
}

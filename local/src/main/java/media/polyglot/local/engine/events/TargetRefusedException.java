package media.polyglot.local.engine.events;

/**
 * A target refused a delivery for a reason retrying cannot mend: another account's bus whose policy does not let the
 * rule's account put events, or a target that does not exist (any more). EventBridge sends such an event to the target's dead-letter queue at once,
 * without retries (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html), with one of its
 * ERROR_CODE values.
 */
public final class TargetRefusedException extends RuntimeException {

    /** The ERROR_CODE EventBridge gives a missing permission on the target. */
    public static final String NO_PERMISSIONS = "NO_PERMISSIONS";
    /** The ERROR_CODE EventBridge gives a target resource that does not exist. */
    public static final String NO_RESOURCE = "NO_RESOURCE";

    private final String errorCode;

    public TargetRefusedException(String errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    /** The ERROR_CODE attribute of the dead-lettered message. */
    public String errorCode() {
        return errorCode;
    }
}

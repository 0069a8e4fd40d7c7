package media.polyglot.local.engine.sns;

/** What a subscription's filter policy is matched against (the FilterPolicyScope subscription attribute). */
public enum FilterPolicyScope {
    /** The message attributes; the default when a subscription sets no scope. */
    MessageAttributes,
    /** The message body, which must then be a JSON object. */
    MessageBody;

    /** The scope named by the attribute value, with AWS's error for any other value. */
    public static FilterPolicyScope parse(String value) {
        if (value == null) {
            return MessageAttributes;
        }
        for (FilterPolicyScope scope : values()) {
            if (scope.name().equals(value)) {
                return scope;
            }
        }
        throw SnsException.invalidParameter("Attributes Reason: FilterPolicyScope: Invalid value [" + value
                + "]. Please use either MessageBody or MessageAttributes");
    }
}

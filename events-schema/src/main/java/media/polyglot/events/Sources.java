package media.polyglot.events;

import java.util.regex.Pattern;

/**
 * The EventBridge {@code source} of each producer. Our contexts publish as {@code polyglot.<context>}.
 * A translation vendor puts its events on our bus from its own account as
 * {@code partner.translation.<vendor>}: never under our prefix, so a rule on {@code polyglot.} (audit's)
 * can trust that only we emitted the event, while the bus policy can allow each vendor account
 * exactly its own source, and localization's rule matches every vendor with one prefix.
 */
public final class Sources {

    public static final String CONTENT = Bus.SOURCE_PREFIX + "content";
    public static final String MODERATION = Bus.SOURCE_PREFIX + "moderation";
    public static final String LOCALIZATION = Bus.SOURCE_PREFIX + "localization";
    public static final String PUBLISHING = Bus.SOURCE_PREFIX + "publishing";
    public static final String NOTIFICATIONS = Bus.SOURCE_PREFIX + "notifications";

    /** Every translation vendor's source starts with this. */
    public static final String PARTNER_TRANSLATION_PREFIX = "partner.translation.";
    /** The vendor id of the sandbox vendor that runs the flow locally. */
    public static final String SANDBOX_VENDOR = "sandbox";

    private static final Pattern VENDOR = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private Sources() {
    }

    /** The source under which {@code vendor} puts its events, {@code partner.translation.<vendor>}. */
    public static String partnerTranslation(String vendor) {
        if (vendor == null || !VENDOR.matcher(vendor).matches()) {
            throw new IllegalArgumentException("a vendor id is 1 to 63 lower-case letters, digits or dashes, was "
                    + (vendor == null ? "missing" : "\"" + vendor + "\""));
        }
        return PARTNER_TRANSLATION_PREFIX + vendor;
    }
}

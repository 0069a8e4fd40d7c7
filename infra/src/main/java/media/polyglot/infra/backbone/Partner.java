package media.polyglot.infra.backbone;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import media.polyglot.events.Bus;
import media.polyglot.events.EventContracts;

/**
 * Another team's account on the bus: what it receives on its own bus, and what it may put on ours.
 *
 * @param name     who the partner is; names its rule, dead-letter queue and bus policy statement
 * @param account  its 12-digit AWS account id
 * @param bus      the name of its event bus, in our region, that accepts our deliveries
 * @param receives detail-types of ours delivered to its bus, each one of {@link EventContracts#detailTypes()}
 * @param sources  the sources it may put events under on our bus; never one of ours ({@value Bus#SOURCE_PREFIX}*)
 */
public record Partner(String name, String account, String bus, List<String> receives, List<String> sources) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
    private static final Pattern BUS = Pattern.compile("[A-Za-z0-9._-]{1,256}");

    public Partner {
        Objects.requireNonNull(name, "partner name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("partner '" + name + "', field 'name': lower-case letters, digits and "
                    + "hyphens, starting with a letter, at most 40");
        }
        check(name, "account", account, ACCOUNT, "a 12-digit AWS account id");
        check(name, "bus", bus, BUS, "an event bus name (letters, digits, . _ -)");
        receives = List.copyOf(Objects.requireNonNull(receives, () -> "partner '" + name + "', field 'receives'"));
        sources = List.copyOf(Objects.requireNonNull(sources, () -> "partner '" + name + "', field 'sources'"));
        List<String> known = EventContracts.detailTypes();
        for (String detailType : receives) {
            if (!known.contains(detailType)) {
                throw new IllegalArgumentException("partner '" + name + "', field 'receives': '" + detailType
                        + "' is not a detail-type of the event contracts " + known);
            }
        }
        for (String source : sources) {
            if (source.startsWith(Bus.SOURCE_PREFIX)) {
                throw new IllegalArgumentException("partner '" + name + "', field 'sources': '" + source
                        + "' is one of our own sources (" + Bus.SOURCE_PREFIX + "*); a partner puts events under its own, "
                        + "e.g. partner.translation.<vendor>");
            }
            if (source.isBlank()) {
                throw new IllegalArgumentException("partner '" + name + "', field 'sources': an empty source");
            }
        }
    }

    private static void check(String partner, String field, String value, Pattern pattern, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("partner '" + partner + "', field '" + field + "': '" + value
                    + "' is not " + what);
        }
    }
}

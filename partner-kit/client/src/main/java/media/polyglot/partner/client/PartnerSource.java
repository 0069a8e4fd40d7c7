package media.polyglot.partner.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import media.polyglot.events.Bus;
import media.polyglot.events.EventContract;
import media.polyglot.events.EventContracts;
import media.polyglot.events.EventType;

/**
 * The EventBridge {@code source} a partner puts its events under, fixed for the life of a client. An event may
 * go under it only if its contract names a partner as producer with a source pattern this source fits
 * ({@code partner.translation.<vendor>} for TranslationDelivered), and where the pattern's placeholder is also
 * a field of the event's data ({@code vendor}), the data must name the same value. Our bus's policy refuses any
 * other source from the partner's account; this refuses it before anything is sent, with the reason.
 *
 * @param value the source, for example {@code partner.translation.acme}
 */
public record PartnerSource(String value) {

    // EventBridge's limit on Source; https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsRequestEntry.html
    private static final int MAX_LENGTH = 256;
    private static final Pattern PLACEHOLDER = Pattern.compile("<([a-zA-Z]+)>");
    // The id part of a partner source, as Sources.partnerTranslation accepts it.
    private static final String ID = "[a-z0-9][a-z0-9-]{0,62}";

    public PartnerSource {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new SourceNotAllowedException("a partner source is 1 to " + MAX_LENGTH + " characters, was "
                    + (value == null ? "missing" : "\"" + value + "\""));
        }
        if (value.startsWith(Bus.SOURCE_PREFIX)) {
            throw new SourceNotAllowedException("source \"" + value + "\" is one of Polyglot's own (" + Bus.SOURCE_PREFIX
                    + "*): a partner puts events under its own source, for example partner.translation.<vendor>");
        }
    }

    /**
     * Returns quietly if an event of {@code type} with this {@code data} may go under this source.
     *
     * @throws SourceNotAllowedException naming the event, the source and the source the contract allows
     */
    public void requireAllowedFor(EventType type, JsonNode data) {
        EventContract contract = EventContracts.of(type);
        String allowed = contract.producer().source();
        if (allowed.startsWith(Bus.SOURCE_PREFIX)) {
            throw new SourceNotAllowedException(type + " (detail-type " + type.detailType() + ") is produced by Polyglot's "
                    + contract.producer().context() + " under " + allowed + "; a partner cannot send it");
        }
        Map<String, String> placeholders = match(allowed);
        if (placeholders == null) {
            throw new SourceNotAllowedException("source \"" + value + "\" is not allowed for " + type + " (detail-type "
                    + type.detailType() + "): its contract allows " + allowed);
        }
        placeholders.forEach((field, fromSource) -> {
            JsonNode inData = data.path(field);
            if (inData.isTextual() && !inData.asText().equals(fromSource)) {
                throw new SourceNotAllowedException(type + " names " + field + " \"" + inData.asText() + "\" but is sent under "
                        + "source \"" + value + "\" (" + allowed + "): the two must agree");
            }
        });
    }

    /** The value of each placeholder of {@code allowed} in this source, or null if the source does not fit it. */
    private Map<String, String> match(String allowed) {
        Matcher placeholder = PLACEHOLDER.matcher(allowed);
        StringBuilder regex = new StringBuilder();
        Map<String, String> values = new LinkedHashMap<>();
        int from = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(allowed.substring(from, placeholder.start())))
                    .append("(?<").append(placeholder.group(1)).append('>').append(ID).append(')');
            values.put(placeholder.group(1), null);
            from = placeholder.end();
        }
        regex.append(Pattern.quote(allowed.substring(from)));
        Matcher source = Pattern.compile(regex.toString()).matcher(value);
        if (!source.matches()) {
            return null;
        }
        values.replaceAll((name, ignored) -> source.group(name));
        return values;
    }
}

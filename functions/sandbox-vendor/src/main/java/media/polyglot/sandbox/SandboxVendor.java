package media.polyglot.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import media.polyglot.common.BusEvent;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.InvalidEventException;
import media.polyglot.common.OutgoingEvent;
import media.polyglot.events.BodyReference;
import media.polyglot.events.EventType;
import media.polyglot.events.Sources;
import media.polyglot.events.localization.TranslationRequested;
import media.polyglot.events.partner.TranslationDeclined;
import media.polyglot.events.partner.TranslationDelivered;

/**
 * A translation vendor for development: it answers each TranslationRequested the way a partner would,
 * from its own source {@code partner.translation.sandbox}: a pseudo-translation (TranslationDelivered), or,
 * for the configured share of requests chosen by request id (so a retry, which has a new id, may succeed),
 * a decline. The translated body stays with the vendor; the event carries its claim check.
 */
public final class SandboxVendor {

    static final String VENDOR = Sources.SANDBOX_VENDOR;
    static final String SOURCE = Sources.partnerTranslation(VENDOR);
    /** Where the sandbox would serve its translations; the reserved .invalid domain says it serves none. */
    static final String BODIES = "https://sandbox.translation.invalid/translations/";

    private final int declinePercent;
    private final EnvelopeFactory envelopes;

    public SandboxVendor(int declinePercent, EnvelopeFactory envelopes) {
        if (declinePercent < 0 || declinePercent > 100) {
            throw new IllegalArgumentException("the decline rate is 0 to 100 percent, was " + declinePercent);
        }
        this.declinePercent = declinePercent;
        this.envelopes = envelopes;
    }

    public List<OutgoingEvent> answer(BusEvent event) {
        if (!event.is(TranslationRequested.TYPE)) {
            throw new InvalidEventException("the sandbox vendor answers TranslationRequested, not " + event.type());
        }
        TranslationRequested request = event.data(TranslationRequested.class);
        if (declines(request.requestId())) {
            return List.of(emit(event, TranslationDeclined.TYPE, new TranslationDeclined(request.requestId(),
                    request.contentId(), request.revision(), request.targetLanguage(), VENDOR,
                    TranslationDeclined.Reason.NO_CAPACITY, "the sandbox declines " + declinePercent + "% of requests")));
        }
        String title = PseudoTranslation.of(request.title(), request.targetLanguage());
        String body = PseudoTranslation.of("Translation of " + request.source().uri(), request.targetLanguage());
        return List.of(emit(event, TranslationDelivered.TYPE, new TranslationDelivered(request.requestId(),
                request.contentId(), request.revision(), request.targetLanguage(), title,
                BodyReference.ofText(BODIES + request.requestId(), body), VENDOR)));
    }

    /** The same request id always gets the same answer. */
    boolean declines(String requestId) {
        CRC32 crc = new CRC32();
        crc.update(requestId.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 100 < declinePercent;
    }

    private <T> OutgoingEvent emit(BusEvent cause, EventType type, T data) {
        return OutgoingEvent.of(SOURCE, type, envelopes.causedBy(cause.metadata(), type, data));
    }
}

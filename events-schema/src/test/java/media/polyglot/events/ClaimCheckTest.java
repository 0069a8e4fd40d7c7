package media.polyglot.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import media.polyglot.events.content.ContentSubmitted;
import org.junit.jupiter.api.Test;

/** Bodies travel by reference: however long the article, its event stays small. */
class ClaimCheckTest {

    private static final int FIVE_MB = 5 * 1024 * 1024;

    @Test
    void anEventBuiltFromAFiveMegabyteBodyStaysUnderOneKilobyteAndFollowsItsContract() {
        byte[] body = new byte[FIVE_MB];
        Arrays.fill(body, (byte) 'a');
        BodyReference reference = BodyReference.of("polyglot://content/c-1/revisions/1/body", body);
        var event = new Envelope<>(
                new EventMetadata("e-1", 1, "corr-1", "req-1", "content", Instant.parse("2026-11-26T10:00:00Z")),
                new ContentSubmitted("c-1", 1, "A very long article", "en", "news", List.of("de", "fr"), reference));

        String detail = EventJson.mapper().valueToTree(event).toString();

        assertThat(detail.getBytes(StandardCharsets.UTF_8).length).isLessThan(1024);
        assertThat(reference.sizeBytes()).isEqualTo(FIVE_MB);
        assertThat(new ContractValidator().violations(ContentSubmitted.TYPE, EventJson.mapper().valueToTree(event)))
                .isEmpty();
    }

    @Test
    void theReferenceCarriesTheBodysSizeAndSha256() {
        BodyReference reference = BodyReference.ofText("polyglot://content/c-1/revisions/1/body", "Grüße");

        assertThat(reference).isEqualTo(new BodyReference("polyglot://content/c-1/revisions/1/body", 7,
                "f83e039796c6453a10f5519e39fd113901572316a1a8ea07cb525d2801dfd074"));
    }
}

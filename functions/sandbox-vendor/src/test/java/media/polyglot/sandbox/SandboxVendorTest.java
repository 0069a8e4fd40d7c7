package media.polyglot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import media.polyglot.common.EnvelopeFactory;
import org.junit.jupiter.api.Test;

/** Which requests the sandbox declines, decided in memory. */
class SandboxVendorTest {

    private static final EnvelopeFactory ENVELOPES = EnvelopeFactory.forProducer("sandbox-vendor");

    @Test
    void theSameRequestAlwaysGetsTheSameAnswer() {
        SandboxVendor vendor = new SandboxVendor(50, ENVELOPES);

        IntStream.range(0, 50).mapToObj(i -> "c-1-r1-de-a" + i).forEach(id ->
                assertThat(new SandboxVendor(50, ENVELOPES).declines(id)).isEqualTo(vendor.declines(id)));
    }

    @Test
    void aboutTheConfiguredShareOfRequestsIsDeclined() {
        SandboxVendor vendor = new SandboxVendor(30, ENVELOPES);

        long declined = IntStream.range(0, 1000).mapToObj(i -> "c-" + i + "-r1-de-a1").filter(vendor::declines).count();

        assertThat(declined).isBetween(250L, 350L);
    }

    @Test
    void noneAndAllAreExact() {
        SandboxVendor none = new SandboxVendor(0, ENVELOPES);
        SandboxVendor all = new SandboxVendor(100, ENVELOPES);

        assertThat(IntStream.range(0, 200).mapToObj(i -> "r-" + i)).noneMatch(none::declines).allMatch(all::declines);
    }

    @Test
    void aRateOutsideZeroToAHundredIsRefused() {
        assertThatThrownBy(() -> new SandboxVendor(101, ENVELOPES)).hasMessage("the decline rate is 0 to 100 percent, was 101");
        assertThatThrownBy(() -> new SandboxVendor(-1, ENVELOPES)).hasMessage("the decline rate is 0 to 100 percent, was -1");
    }
}

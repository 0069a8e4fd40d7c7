package media.polyglot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int millis = 100; millis >= 1; millis--) {
            latencies.add(millis * 1_000_000L);
        }

        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        Latencies latencies = new Latencies();
        latencies.add(2_500_000L);

        assertThat(latencies.percentileMillis(1)).isEqualTo(2.5);
        assertThat(latencies.percentileMillis(99)).isEqualTo(2.5);
    }

    @Test
    void noSamplesIsAnErrorNotAZero() {
        assertThatThrownBy(() -> new Latencies().percentileMillis(50)).hasMessageContaining("no samples");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Latencies.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(Latencies.median(List.of(7.0))).isEqualTo(7.0);
    }
}

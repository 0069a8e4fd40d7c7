package media.polyglot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void noBenchmarkNamedRunsThemAll() {
        assertThat(BenchOptions.parse().benchmarks()).isEqualTo(BenchOptions.ALL);
        assertThat(BenchOptions.parse("all", "--quick").benchmarks()).isEqualTo(BenchOptions.ALL);
    }

    @Test
    void quickShrinksTheDefaultCountsButNotTheOnesGiven() {
        BenchOptions quick = BenchOptions.parse("bus", "--quick", "--events", "5000");

        assertThat(quick.benchmarks()).containsExactly("bus");
        assertThat(quick.events()).isEqualTo(5_000);
        assertThat(quick.hops()).isLessThan(BenchOptions.parse("hop").hops());
        assertThat(quick.ops()).isLessThan(BenchOptions.parse("dynamodb").ops());
    }

    @Test
    void theJsonFileDefaultsUnderTheBenchsTarget() {
        BenchOptions options = BenchOptions.parse("startup", "--root", "/tmp/project");

        assertThat(options.json()).hasToString("/tmp/project/bench/target/bench-results.json");
    }

    @Test
    void anUnknownBenchmarkOrOptionIsRefusedByName() {
        assertThatThrownBy(() -> BenchOptions.parse("kinesis")).hasMessageStartingWith("unknown benchmark kinesis");
        assertThatThrownBy(() -> BenchOptions.parse("--fast")).hasMessage("--fast needs a value");
        assertThatThrownBy(() -> BenchOptions.parse("--fast", "1")).hasMessage("unknown option --fast");
        assertThatThrownBy(() -> BenchOptions.parse("--ops", "0")).hasMessage("--ops must be at least 1, was 0");
    }
}

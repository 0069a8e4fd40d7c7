package media.polyglot.bench.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FlowOptionsTest {

    @Test
    void defaultsAreAThousandContentsInThreeLanguages() {
        FlowOptions options = FlowOptions.parse();

        assertThat(options.contents()).isEqualTo(1000);
        assertThat(options.languages()).isEqualTo(3);
        assertThat(options.rate()).isEqualTo(10.0);
        assertThat(options.json().toString()).endsWith("bench/target/bench-flow.json");
    }

    @Test
    void countsAreParsedAndBoundsRefusedNamingTheOption() {
        assertThat(FlowOptions.parse("--contents", "1_000", "--languages", "5", "--rate", "2.5").rate()).isEqualTo(2.5);
        assertThatThrownBy(() -> FlowOptions.parse("--languages", "6")).hasMessageContaining("--languages");
        assertThatThrownBy(() -> FlowOptions.parse("--contents", "0")).hasMessageContaining("--contents");
        assertThatThrownBy(() -> FlowOptions.parse("--events", "3")).hasMessageContaining("unknown option --events");
    }
}

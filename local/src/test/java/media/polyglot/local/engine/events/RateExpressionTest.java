package media.polyglot.local.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateExpressionTest {

    @Test
    void readsEachUnitSingularForOneAndPluralOtherwise() {
        assertThat(RateExpression.parse("rate(1 minute)").period()).isEqualTo(Duration.ofMinutes(1));
        assertThat(RateExpression.parse("rate(5 minutes)").period()).isEqualTo(Duration.ofMinutes(5));
        assertThat(RateExpression.parse("rate(1 hour)").period()).isEqualTo(Duration.ofHours(1));
        assertThat(RateExpression.parse("rate(12 hours)").period()).isEqualTo(Duration.ofHours(12));
        assertThat(RateExpression.parse("rate(1 day)").period()).isEqualTo(Duration.ofDays(1));
        assertThat(RateExpression.parse("rate(7 days)").period()).isEqualTo(Duration.ofDays(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rate(0 minutes)", "rate(1 minutes)", "rate(5 minute)", "rate(5 seconds)",
            "rate(-1 minute)", "rate(1.5 hours)", "rate(5minutes)", "rate()"})
    void refusesWhatEventBridgeRefusesNamingTheExpression(String expression) {
        assertThatThrownBy(() -> RateExpression.parse(expression))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ScheduleExpression is not valid: " + expression);
    }

    @Test
    void tellsARateFromACron() {
        assertThat(RateExpression.isRate("rate(5 minutes)")).isTrue();
        assertThat(RateExpression.isRate("cron(0/5 * * * ? *)")).isFalse();
    }
}

package media.polyglot.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.RemovalPolicy;

class StageTest {

    @Test
    void theStackIsNamedAfterTheStage() {
        assertThat(new Stage(Stage.DEFAULT).stackName()).isEqualTo("Polyglot-dev");
        assertThat(new Stage("pr-42").stackName()).isEqualTo("Polyglot-pr-42");
    }

    @Test
    void theArchiveKeepsAYearInProductionAndAMonthElsewhere() {
        assertThat(new Stage("prod").archiveRetention().toDays()).isEqualTo(365);
        assertThat(new Stage("dev").archiveRetention().toDays()).isEqualTo(30);
    }

    @Test
    void onlyProductionRetainsItsData() {
        assertThat(new Stage("prod").removalPolicy()).isEqualTo(RemovalPolicy.RETAIN);
        assertThat(new Stage("dev").removalPolicy()).isEqualTo(RemovalPolicy.DESTROY);
        assertThat(new Stage("staging").removalPolicy()).isEqualTo(RemovalPolicy.DESTROY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1dev", "dev_1", "dev stage", "dév"})
    void aNameThatCannotNameAStackIsRefused(String name) {
        assertThatThrownBy(() -> new Stage(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'");
    }
}

package media.polyglot.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code up}'s options, partner accounts among them. */
class MainTest {

    @Test
    void eachAccountOptionNamesAnAccessKeyAndItsAccount() {
        LocalSettings settings = Main.parse(new String[] {"up", "--cdk-out", "out", "--account", "acme=111122223333",
                "--port", "0", "--account", "globex=444455556666"});

        assertThat(settings.partnerAccounts()).isEqualTo(Map.of("acme", "111122223333", "globex", "444455556666"));
        assertThat(settings.cloudAssembly()).isEqualTo(Path.of("out"));
        assertThat(settings.edgePort()).isZero();
    }

    @Test
    void anAccountOptionWithoutAKeyOrATwelveDigitAccountIsRefusedWithTheFormExpected() {
        for (String wrong : new String[] {"111122223333", "=111122223333", "acme=1111", "acme=11112222333x"}) {
            assertThatThrownBy(() -> Main.parse(new String[] {"up", "--account", wrong}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("--account must be ACCESS_KEY_ID=ACCOUNT_ID with a 12-digit account id, for example"
                            + " partnerkey=111122223333; was " + wrong);
        }
    }

    @Test
    void theRuntimesOwnAccessKeyCannotBeAPartners() {
        assertThatThrownBy(() -> Main.parse(new String[] {"up", "--account", "test=111122223333"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("access key test is the runtime's own, of account 000000000000");
    }

    @Test
    void aRequestsAccountIsThePartnersForItsKeyTheKeyItselfWhenTwelveDigitsElseTheRuntimes() {
        LocalSettings settings = LocalSettings.defaults(Path.of("cdk.out")).withPartnerAccount("acme", "111122223333");

        assertThat(settings.accountOf("acme")).isEqualTo("111122223333");
        assertThat(settings.accountOf("777788889999")).isEqualTo("777788889999");
        assertThat(settings.accountOf("test")).isEqualTo("000000000000");
        assertThat(settings.accountOf("AKIAOTHER")).isEqualTo("000000000000");
        assertThat(settings.accountOf(null)).isEqualTo("000000000000");
    }
}

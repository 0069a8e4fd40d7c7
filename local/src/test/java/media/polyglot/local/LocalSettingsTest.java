package media.polyglot.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The credentials a stack's functions get are read back as the stack's account. */
class LocalSettingsTest {

    private static final LocalSettings SETTINGS = LocalSettings.defaults(Path.of("cdk.out"))
            .withPartnerAccount("acme-key", "111122223333");

    @Test
    void theRuntimesAccountGetsItsOwnKey() {
        assertThat(SETTINGS.accessKeyOf("000000000000")).isEqualTo("test");
        assertThat(SETTINGS.accountOf("test")).isEqualTo("000000000000");
    }

    @Test
    void aPartnerAccountGetsTheKeyNamedForItAndAnyOtherAccountItsIdAsKey() {
        assertThat(SETTINGS.accessKeyOf("111122223333")).isEqualTo("acme-key");
        assertThat(SETTINGS.accessKeyOf("444455556666")).isEqualTo("444455556666");
        assertThat(SETTINGS.accountOf(SETTINGS.accessKeyOf("111122223333"))).isEqualTo("111122223333");
        assertThat(SETTINGS.accountOf(SETTINGS.accessKeyOf("444455556666"))).isEqualTo("444455556666");
    }
}

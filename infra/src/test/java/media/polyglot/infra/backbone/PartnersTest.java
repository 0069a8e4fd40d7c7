package media.polyglot.infra.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import media.polyglot.infra.ProjectRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** infra/partners.json, read at synth: what it lists, and the messages a wrong entry fails with. */
class PartnersTest {

    private static final Path ROOT = ProjectRoot.ofWorkingDirectory().path();
    private static final Path SCHEMA = ROOT.resolve(Partners.SCHEMA);

    @TempDir
    Path dir;

    @Test
    void theCheckedInPartnerIsTheSandboxVendorsRealWorldTwin() {
        assertThat(Partners.load(ROOT)).containsExactly(new Partner("acme-translation", "111122223333",
                "polyglot-deliveries", List.of("TranslationRequested", "ContentPublished", "ContentPublished.v2"),
                List.of("partner.translation.acme")));
    }

    @Test
    void anAccountIdThatIsNotTwelveDigitsNamesThePartnerAndTheField() throws IOException {
        assertThatThrownBy(() -> read(partner("acme-translation", "12345", "[\"TranslationRequested\"]", "[\"partner.translation.acme\"]")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partners.json")
                .hasMessageContaining("partner 'acme-translation', field 'account'")
                .hasMessageContaining("12345");
    }

    @Test
    void aDetailTypeWithoutAContractNamesThePartnerTheFieldAndTheValue() throws IOException {
        assertThatThrownBy(() -> read(partner("acme-translation", "111122223333", "[\"TranslationWanted\"]", "[]")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partner 'acme-translation', field 'receives': 'TranslationWanted' is not a detail-type");
    }

    @Test
    void aPartnerMayNeverPutEventsUnderOneOfOurSources() throws IOException {
        assertThatThrownBy(() -> read(partner("acme-translation", "111122223333", "[\"TranslationRequested\"]",
                "[\"partner.translation.acme\", \"polyglot.localization\"]")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partner 'acme-translation', field 'sources': 'polyglot.localization' is one of our own sources");
    }

    @Test
    void aMissingFieldIsReportedByTheSchemaWithThePartner() throws IOException {
        Path file = write("{\"partners\": [{\"name\": \"acme-translation\", \"account\": \"111122223333\", "
                + "\"receives\": [], \"sources\": []}]}");
        assertThatThrownBy(() -> Partners.read(file, SCHEMA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partner 'acme-translation', field 'bus'");
    }

    @Test
    void aPartnerListedTwiceIsRefused() throws IOException {
        String one = "{\"name\": \"acme-translation\", \"account\": \"111122223333\", \"bus\": \"b\", \"receives\": [], \"sources\": []}";
        Path file = write("{\"partners\": [" + one + ", " + one + "]}");
        assertThatThrownBy(() -> Partners.read(file, SCHEMA)).hasMessageContaining("partner 'acme-translation', field 'name': listed twice");
    }

    private List<Partner> read(Path file) {
        return Partners.read(file, SCHEMA);
    }

    private Path partner(String name, String account, String receives, String sources) throws IOException {
        return write("{\"partners\": [{\"name\": \"" + name + "\", \"account\": \"" + account + "\", \"bus\": \"deliveries\", "
                + "\"receives\": " + receives + ", \"sources\": " + sources + "}]}");
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("partners.json"), json);
    }
}

package media.polyglot.events.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogWriterTest {

    @TempDir
    Path target;

    @Test
    void theCatalogIsOneStaticPageWithTheAsyncApiDocumentAndEverySchemaAndExampleBesideIt() throws IOException {
        CatalogWriter.write(target, "1.2.3");

        assertThat(target.resolve("asyncapi/asyncapi.json")).isRegularFile();
        assertThat(target.resolve("catalog/asyncapi.json")).hasSameTextualContentAs(target.resolve("asyncapi/asyncapi.json"));
        assertThat(target.resolve("catalog/schemas/ContentPublished/v2.schema.json")).isRegularFile();
        assertThat(target.resolve("catalog/schemas/ContentPublished/v2.example.json")).isRegularFile();
        assertThat(target.resolve("catalog/schemas/envelope.schema.json")).isRegularFile();
        String page = Files.readString(target.resolve("catalog/index.html"));
        assertThat(page)
                .contains("<h3 id=\"ContentPublished-v1\">ContentPublished v1 <span class=\"deprecated\">(superseded by "
                        + "ContentPublished v2; still emitted while it has subscribers)</span></h3>")
                .contains("<tr><th>detail-type</th><td><code>ContentPublished.v2</code></td></tr>")
                .contains("<tr><th>producer</th><td>translation vendor (partner), source "
                        + "<code>partner.translation.&lt;vendor&gt;</code></td></tr>")
                .contains("<a href=\"schemas/TranslationRequested/v1.schema.json\">schema</a>")
                .contains("&quot;canonicalUrl&quot;");
    }

    @Test
    void textIsEscaped() {
        assertThat(HtmlCatalog.escape("<a href=\"x\">&</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    }
}

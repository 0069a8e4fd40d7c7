package media.polyglot.events.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gate of {@code ./mvnw verify}: no change to {@code schemas/} may break a version recorded in
 * {@code baseline/}. A breaking change belongs in a new major version; see events-schema/README.md.
 */
class PublishedSchemasStayCompatibleTest {

    @Test
    void noPublishedSchemaVersionIsBroken() {
        List<Break> breaks = new Baseline(Path.of("baseline"), Path.of("schemas")).check();

        assertThat(breaks)
                .withFailMessage(() -> "breaking change(s) to published event schemas; publish a new major version "
                        + "beside the old one instead (events-schema/README.md):\n"
                        + String.join("\n", breaks.stream().map(Break::message).toList()))
                .isEmpty();
    }
}

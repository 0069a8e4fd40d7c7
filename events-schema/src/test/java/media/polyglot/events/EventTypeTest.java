package media.polyglot.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void versionOneTravelsUnderTheBareNameAndLaterVersionsUnderTheNameAndVersion() {
        assertThat(new EventType("ContentPublished", 1).detailType()).isEqualTo("ContentPublished");
        assertThat(new EventType("ContentPublished", 2).detailType()).isEqualTo("ContentPublished.v2");
        assertThat(new EventType("ContentPublished", 12).detailType()).isEqualTo("ContentPublished.v12");
    }

    @Test
    void aDetailTypeNamesItsVersion() {
        assertThat(EventType.ofDetailType("ContentPublished")).isEqualTo(new EventType("ContentPublished", 1));
        assertThat(EventType.ofDetailType("ContentPublished.v2")).isEqualTo(new EventType("ContentPublished", 2));
    }

    @Test
    void aMalformedDetailTypeIsReportedNotGuessed() {
        for (String malformed : new String[] {"contentPublished", "ContentPublished.v1", "ContentPublished.V2",
                "ContentPublished v2", ""}) {
            assertThatThrownBy(() -> EventType.ofDetailType(malformed))
                    .isInstanceOf(UnknownEventTypeException.class)
                    .hasMessageStartingWith("unknown detail-type \"" + malformed + "\": a detail-type is an event name");
        }
    }

    @Test
    void schemasAndExamplesLiveInOneFolderPerEvent() {
        EventType type = new EventType("ContentPublished", 2);

        assertThat(type.schemaResource()).isEqualTo("schemas/ContentPublished/v2.schema.json");
        assertThat(type.exampleResource()).isEqualTo("schemas/ContentPublished/v2.example.json");
        assertThat(type).hasToString("ContentPublished v2");
    }
}

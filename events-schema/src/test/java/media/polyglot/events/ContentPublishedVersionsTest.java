package media.polyglot.events;

import static org.assertj.core.api.Assertions.assertThat;

import media.polyglot.events.publishing.ContentPublished;
import media.polyglot.events.publishing.ContentPublishedV2;
import org.junit.jupiter.api.Test;

/** v2 is published beside v1: publishing emits both while v1 has subscribers. */
class ContentPublishedVersionsTest {

    @Test
    void theV1FormOfAV2EventIsTheV1Example() {
        ContentPublishedV2 v2 = EventReader.read(ContentPublishedV2.TYPE, SchemaResources.example(ContentPublishedV2.TYPE),
                ContentPublishedV2.class).data();
        ContentPublished v1 = EventReader.read(ContentPublished.TYPE, SchemaResources.example(ContentPublished.TYPE),
                ContentPublished.class).data();

        assertThat(v2.toV1()).isEqualTo(v1);
    }

    @Test
    void theTwoVersionsTravelUnderDistinctDetailTypes() {
        assertThat(ContentPublished.TYPE.detailType()).isEqualTo(DetailTypes.CONTENT_PUBLISHED);
        assertThat(ContentPublishedV2.TYPE.detailType()).isEqualTo(DetailTypes.CONTENT_PUBLISHED_V2);
    }
}

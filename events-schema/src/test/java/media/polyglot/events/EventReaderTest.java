package media.polyglot.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import media.polyglot.events.moderation.ContentRejected;
import media.polyglot.events.publishing.ContentPublishedV2;
import org.junit.jupiter.api.Test;

class EventReaderTest {

    @Test
    void theDetailTypeChoosesTheRecord() {
        Envelope<? extends Record> event = EventReader.read("ContentPublished.v2",
                SchemaResources.example(ContentPublishedV2.TYPE));

        assertThat(event.data()).isInstanceOf(ContentPublishedV2.class);
        assertThat(((ContentPublishedV2) event.data()).editions()).extracting(ContentPublishedV2.Edition::language)
                .containsExactly("en", "de", "fr");
        assertThat(event.metadata().schemaVersion()).isEqualTo(2);
    }

    @Test
    void fieldsAndEnumValuesTheRecordDoesNotKnowAreIgnored() {
        ObjectNode detail = SchemaResources.example(ContentRejected.TYPE).deepCopy();
        ((ObjectNode) detail.get("data")).put("reviewer", "m-17").put("reason", "TOO_LONG");
        ((ObjectNode) detail.get("metadata")).put("tenant", "eu");

        var event = EventReader.read(ContentRejected.TYPE, detail, ContentRejected.class);

        assertThat(event.data()).isEqualTo(new ContentRejected("c-7f2b9a", 1, ContentRejected.Reason.UNRECOGNIZED,
                "Please cite the timetable source."));
    }

    @Test
    void anUnknownDetailTypeIsReportedNotGuessed() {
        assertThatThrownBy(() -> EventReader.read("ContentArchived", SchemaResources.example(ContentRejected.TYPE)))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageStartingWith("unknown detail-type \"ContentArchived\"");
    }

    @Test
    void dataMissingARequiredFieldIsRefusedNamingTheEventAndField() {
        ObjectNode detail = SchemaResources.example(ContentRejected.TYPE).deepCopy();
        ((ObjectNode) detail.get("data")).remove("contentId");

        assertThatThrownBy(() -> EventReader.read(ContentRejected.TYPE, detail, ContentRejected.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read ContentRejected v1 (detail-type ContentRejected) as ContentRejected: ")
                .hasMessageContaining("ContentRejected.contentId is required");
    }
}

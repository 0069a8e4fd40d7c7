package media.polyglot.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BusEventReaderTest {

    private static final String EVENT = """
            {"version": "0", "id": "bus-1", "detail-type": "ContentSubmitted", "source": "polyglot.content",
             "account": "000000000000", "time": "2026-11-26T10:00:01Z", "region": "us-east-1", "resources": [],
             "detail": {"metadata": {"eventId": "e-1", "schemaVersion": 1, "correlationId": "c-1",
                                     "causationId": "r-1", "producer": "content", "occurredAt": "2026-11-26T10:00:00Z"},
                        "data": {"contentId": "c-42", "revision": 1}}}""";

    @Test
    void anEventIsFiledUnderItsContentByOccurrenceThenId() {
        StoredEvent event = BusEventReader.read(EVENT);

        assertThat(event.contentId()).isEqualTo("c-42");
        assertThat(event.position()).isEqualTo("2026-11-26T10:00:00Z#e-1");
        assertThat(event.detailType()).isEqualTo("ContentSubmitted");
        assertThat(event.source()).isEqualTo("polyglot.content");
        assertThat(event.time()).isEqualTo("2026-11-26T10:00:01Z");
        assertThat(event.envelope().path("metadata").path("correlationId").asText()).isEqualTo("c-1");
    }

    @Test
    void theSameEventDeliveredTwiceLandsOnTheSamePosition() {
        assertThat(BusEventReader.read(EVENT).position()).isEqualTo(BusEventReader.read(EVENT).position());
    }

    @Test
    void aMessageThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> BusEventReader.read("not json")).hasMessageStartingWith("message is not JSON");
    }

    @Test
    void anEventWithoutContentIdIsRefusedNamingIt() {
        assertThatThrownBy(() -> BusEventReader.read(EVENT.replace("\"contentId\": \"c-42\", ", "")))
                .hasMessage("event has no text field contentId");
    }

    @Test
    void idsTooLongForTheStoreKeysAreRefusedNamingTheLimit() {
        assertThatThrownBy(() -> BusEventReader.read(EVENT.replace("\"e-1\"", "\"" + "e".repeat(1100) + "\"")))
                .hasMessage("metadata.occurredAt#eventId is too long to be a key of the event store: 1121 bytes,"
                        + " DynamoDB allows 1024");
        assertThatThrownBy(() -> BusEventReader.read(EVENT.replace("\"c-42\"", "\"" + "c".repeat(2049) + "\"")))
                .hasMessage("data.contentId is too long to be a key of the event store: 2049 bytes, DynamoDB allows 2048");
    }
}

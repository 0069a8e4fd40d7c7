package media.polyglot.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import media.polyglot.common.testing.LocalAws;
import media.polyglot.events.EventJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** {@code GET /stream} and {@code GET /history/{id}} over a store of three events. */
class HistoryHandlerTest {

    private static LocalAws aws;
    private static HistoryHandler handler;

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
        EventStore store = new EventStore(aws.dynamoDb(), aws.createTable("event-store", "contentId", "position"),
                aws.createTable("event-stream", "stream", "position", ScalarAttributeType.N));
        store.append(BusEventReader.read(AuditEvents.body("e-1", "c-1", "ContentSubmitted", 1)));
        store.append(BusEventReader.read(AuditEvents.body("e-2", "c-2", "ContentSubmitted", 2)));
        store.append(BusEventReader.read(AuditEvents.body("e-3", "c-1", "ContentApproved", 3)));
        handler = new HistoryHandler(store);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void theStreamAnswersEventsWithTheirPositionsAndWhereToContinue() throws Exception {
        JsonNode first = json(get("/stream", Map.of("limit", "2")), 200);
        JsonNode rest = json(get("/stream", Map.of("after", first.path("next").asText(), "limit", "2")), 200);

        assertThat(first.path("events").findValuesAsText("detailType")).containsExactly("ContentSubmitted", "ContentSubmitted");
        assertThat(first.path("events").get(0).path("position").asLong()).isEqualTo(1);
        assertThat(first.path("events").get(0).path("contentId").asText()).isEqualTo("c-1");
        assertThat(first.path("next").asLong()).isEqualTo(2);
        assertThat(rest.path("events")).singleElement().satisfies(e -> {
            assertThat(e.path("position").asLong()).isEqualTo(3);
            assertThat(e.path("envelope").path("metadata").path("eventId").asText()).isEqualTo("e-3");
        });
        assertThat(rest.path("next").isNull()).isTrue();
    }

    @Test
    void theStreamReadsFromTheStartWithFiftyByDefault() throws Exception {
        JsonNode all = json(get("/stream", null), 200);

        assertThat(all.path("events")).hasSize(3);
        assertThat(all.path("next").isNull()).isTrue();
    }

    @Test
    void badStreamParametersAreRefusedWithTheReason() throws Exception {
        assertThat(json(get("/stream", Map.of("limit", "0")), 400).path("message").asText())
                .isEqualTo("limit must be 1 to 100, was 0");
        assertThat(json(get("/stream", Map.of("limit", "101")), 400).path("code").asText()).isEqualTo("InvalidQuery");
        assertThat(json(get("/stream", Map.of("after", "last")), 400).path("message").asText())
                .isEqualTo("after must be a whole number, was 'last'");
        assertThat(json(get("/stream", Map.of("after", "-1")), 400).path("message").asText())
                .isEqualTo("after must be a position, 0 or more, was -1");
    }

    @Test
    void aHistoryIsStillOneItemsEventsOldestFirst() throws Exception {
        JsonNode history = json(get("/history/c-1", null), 200);

        assertThat(history.path("events").findValuesAsText("detailType")).containsExactly("ContentSubmitted", "ContentApproved");
    }

    private static APIGatewayV2HTTPResponse get(String path, Map<String, String> query) {
        APIGatewayV2HTTPEvent request = APIGatewayV2HTTPEvent.builder().withRawPath(path).withQueryStringParameters(query)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").build()).build())
                .build();
        return handler.handleRequest(request, null);
    }

    private static JsonNode json(APIGatewayV2HTTPResponse response, int status) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        return EventJson.mapper().readTree(response.getBody());
    }
}

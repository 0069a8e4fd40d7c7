package media.polyglot.audit;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import media.polyglot.common.AwsClients;
import media.polyglot.common.Environment;
import media.polyglot.common.FunctionSettings;
import media.polyglot.common.HttpRequests;
import media.polyglot.common.HttpResponses;
import media.polyglot.common.Observability;
import media.polyglot.events.EventJson;
import media.polyglot.events.wiring.FunctionEnvironment;

/**
 * The history API behind its Function URL: {@code GET /history/{contentId}}, one item's events oldest first, and
 * {@code GET /stream?after=<position>&limit=<n>}, every event in the global stream's order with its position, for
 * a reader that catches up from where it stopped.
 */
public final class HistoryHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final Pattern HISTORY_PATH = Pattern.compile("^/history/([^/]+)$");
    private static final String STREAM_PATH = "/stream";

    private final EventStore store;

    public HistoryHandler() {
        Environment environment = Environment.ofProcess();
        this.store = new EventStore(AwsClients.dynamoDb(), environment.require(FunctionEnvironment.EVENT_STORE_TABLE),
                environment.require(FunctionSettings.EVENT_STREAM_TABLE));
    }

    HistoryHandler(EventStore store) {
        this.store = store;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent request, Context context) {
        return Observability.invocation(context, () -> handle(request));
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent request) {
        String path = request.getRawPath();
        Matcher history = HISTORY_PATH.matcher(path);
        if (!history.matches() && !STREAM_PATH.equals(path)) {
            return HttpResponses.error(404, "NotFound", "no resource at " + path
                    + "; read a history with GET /history/{contentId}, the stream with GET /stream?after=&limit=");
        }
        if (!"GET".equals(HttpRequests.method(request))) {
            return HttpResponses.error(405, "MethodNotAllowed", path + " accepts GET only");
        }
        return history.matches() ? history(history.group(1)) : stream(request.getQueryStringParameters());
    }

    private APIGatewayV2HTTPResponse history(String contentId) {
        List<StoredEvent> events = store.history(contentId);
        if (events.isEmpty()) {
            return HttpResponses.error(404, "NotFound", "no events for content " + contentId);
        }
        return HttpResponses.json(200, Map.of("contentId", contentId, "events", events.stream().map(HistoryHandler::view).toList()));
    }

    private APIGatewayV2HTTPResponse stream(Map<String, String> parameters) {
        StreamQuery query;
        try {
            query = StreamQuery.of(parameters);
        } catch (IllegalArgumentException e) {
            return HttpResponses.error(400, "InvalidQuery", e.getMessage());
        }
        StreamPage page = store.stream().after(query.after(), query.limit());
        ObjectNode body = EventJson.mapper().createObjectNode();
        body.set("events", EventJson.mapper().valueToTree(page.entries().stream().map(HistoryHandler::view).toList()));
        // An explicit null: the reader has everything there is, and continues later after its last position.
        if (page.next() == null) {
            body.putNull("next");
        } else {
            body.put("next", page.next());
        }
        return HttpResponses.json(200, body);
    }

    private static Map<String, Object> view(StreamEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("position", entry.position());
        view.put("contentId", entry.event().contentId());
        view.putAll(view(entry.event()));
        return view;
    }

    private static Map<String, Object> view(StoredEvent event) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("detailType", event.detailType());
        view.put("source", event.source());
        view.put("time", event.time());
        view.put("envelope", event.envelope());
        return view;
    }
}

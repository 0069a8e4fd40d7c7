package media.polyglot.audit;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import media.polyglot.common.AwsClients;
import media.polyglot.common.Environment;
import media.polyglot.common.HttpRequests;
import media.polyglot.common.HttpResponses;
import media.polyglot.common.Observability;
import media.polyglot.events.wiring.FunctionEnvironment;

/** The history API behind its Function URL: {@code GET /history/{contentId}}, events oldest first. */
public final class HistoryHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final Pattern HISTORY_PATH = Pattern.compile("^/history/([^/]+)$");

    private final EventStore store;

    public HistoryHandler() {
        this.store = new EventStore(AwsClients.dynamoDb(),
                Environment.ofProcess().require(FunctionEnvironment.EVENT_STORE_TABLE));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent request, Context context) {
        return Observability.invocation(context, () -> handle(request));
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent request) {
        Matcher path = HISTORY_PATH.matcher(request.getRawPath());
        if (!path.matches()) {
            return HttpResponses.error(404, "NotFound", "no resource at " + request.getRawPath()
                    + "; read a history with GET /history/{contentId}");
        }
        if (!"GET".equals(HttpRequests.method(request))) {
            return HttpResponses.error(405, "MethodNotAllowed", "/history accepts GET only");
        }
        String contentId = path.group(1);
        List<StoredEvent> events = store.history(contentId);
        if (events.isEmpty()) {
            return HttpResponses.error(404, "NotFound", "no events for content " + contentId);
        }
        return HttpResponses.json(200, Map.of("contentId", contentId, "events", events.stream().map(HistoryHandler::view).toList()));
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

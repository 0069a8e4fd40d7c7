package media.polyglot.catalog;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import media.polyglot.common.AwsClients;
import media.polyglot.common.Environment;
import media.polyglot.common.FunctionSettings;
import media.polyglot.common.HttpRequests;
import media.polyglot.common.HttpResponses;
import media.polyglot.common.Observability;

/**
 * The catalog's read API behind its Function URL:
 * <ul>
 *   <li>{@code GET /content/{contentId}}: the item's status, newest revision, translations and live editions;</li>
 *   <li>{@code GET /content?language=de[&limit=50][&after=<contentId>]}: the items live in a language, a page at a
 *       time; {@code next} in the answer is the {@code after} of the next page.</li>
 * </ul>
 */
public final class CatalogApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final Pattern ITEM_PATH = Pattern.compile("^/content/([^/]+)$");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 100;

    private final CatalogStore store;

    public CatalogApiHandler() {
        Environment environment = Environment.ofProcess();
        this.store = new CatalogStore(AwsClients.dynamoDb(), environment.require(FunctionSettings.CATALOG_TABLE),
                environment.require(FunctionSettings.CATALOG_LANGUAGE_TABLE));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent request, Context context) {
        return Observability.invocation(context, () -> handle(request));
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent request) {
        String path = request.getRawPath();
        Matcher item = ITEM_PATH.matcher(path);
        if (!item.matches() && !"/content".equals(path)) {
            return HttpResponses.error(404, "NotFound", "no resource at " + path
                    + "; read GET /content/{contentId} or GET /content?language=<tag>");
        }
        if (!"GET".equals(HttpRequests.method(request))) {
            return HttpResponses.error(405, "MethodNotAllowed", "the catalog is read-only: " + path + " accepts GET");
        }
        return item.matches() ? entry(item.group(1)) : byLanguage(request.getQueryStringParameters());
    }

    private APIGatewayV2HTTPResponse entry(String contentId) {
        return store.find(contentId)
                .map(stored -> HttpResponses.json(200, view(stored.entry())))
                .orElseGet(() -> HttpResponses.error(404, "NotFound", "the catalog holds no content " + contentId));
    }

    private APIGatewayV2HTTPResponse byLanguage(Map<String, String> query) {
        Map<String, String> parameters = query == null ? Map.of() : query;
        String language = parameters.get("language");
        if (language == null || !LANGUAGE_TAG.matcher(language).matches()) {
            return HttpResponses.error(400, "InvalidQuery", "language must be a BCP 47 language tag such as \"de\" or \"pt-BR\", was "
                    + (language == null ? "missing" : "\"" + language + "\""));
        }
        int limit;
        try {
            limit = parameters.containsKey("limit") ? Integer.parseInt(parameters.get("limit")) : DEFAULT_LIMIT;
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            return HttpResponses.error(400, "InvalidQuery", "limit must be a whole number from 1 to " + MAX_LIMIT + ", was \""
                    + parameters.get("limit") + "\"");
        }
        CatalogStore.LanguagePage page = store.live(language, limit, parameters.get("after"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("language", language);
        body.put("items", page.items());
        body.put("next", page.next());
        return HttpResponses.json(200, body);
    }

    private static Map<String, Object> view(CatalogEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("contentId", entry.contentId());
        view.put("status", entry.status());
        view.put("revision", entry.revision());
        view.put("title", entry.title());
        view.put("language", entry.language());
        view.put("category", entry.category());
        view.put("targetLanguages", entry.targetLanguages());
        view.put("translations", entry.translations());
        view.put("languages", entry.languages());
        view.put("live", entry.live());
        view.put("updatedAt", entry.updatedAt());
        return view;
    }
}

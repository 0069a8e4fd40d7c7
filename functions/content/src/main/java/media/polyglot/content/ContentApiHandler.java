package media.polyglot.content;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import media.polyglot.common.AwsClients;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.Environment;
import media.polyglot.common.HttpRequests;
import media.polyglot.common.HttpResponses;
import media.polyglot.common.Observability;
import media.polyglot.events.wiring.FunctionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content API behind its Function URL. Each command stores the item and its event's outbox row in one
 * transaction and answers 202 at once; publishing happens downstream, from the outbox table's stream.
 * <ul>
 *   <li>{@code POST /content}: submit (title, body, language, category, targetLanguages) → ContentSubmitted;</li>
 *   <li>{@code POST /content/{id}/revisions}: revise, the same fields plus an optional changeNote → ContentRevised
 *       at the next revision;</li>
 *   <li>{@code DELETE /content/{id}}: withdraw, with an optional JSON body {@code {"reason": ...}} →
 *       ContentWithdrawn.</li>
 * </ul>
 * Errors: 400 for a body that breaks the input contract, 404 for an unknown item, 409 for a withdrawn item or a
 * change that lost a race, each as {@code {"code", "message"}}.
 */
public final class ContentApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** A client may start the flow with its own correlation id; otherwise the request gets a new one. */
    static final String CORRELATION_HEADER = "x-correlation-id";

    private static final Logger LOG = LoggerFactory.getLogger(ContentApiHandler.class);
    private static final Pattern ITEM = Pattern.compile("^/content/([^/]+)$");
    private static final Pattern REVISIONS = Pattern.compile("^/content/([^/]+)/revisions$");

    private final ContentSubmissions submissions;
    private final ContentRevisions revisions;
    private final ContentStore store;
    private final EnvelopeFactory envelopes;

    public ContentApiHandler() {
        Environment environment = Environment.ofProcess();
        this.envelopes = EnvelopeFactory.forProducer("content");
        this.submissions = new ContentSubmissions(envelopes);
        this.revisions = new ContentRevisions(envelopes);
        this.store = new ContentStore(AwsClients.dynamoDb(), environment.require(FunctionEnvironment.CONTENT_TABLE),
                environment.require(FunctionEnvironment.OUTBOX_TABLE));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent request, Context context) {
        return Observability.invocation(context, () -> {
            String correlationId = correlationIdOf(request);
            try (Observability.EventScope scope = Observability.correlation(correlationId)) {
                return route(request, correlationId, context.getAwsRequestId());
            } catch (InvalidCommandException e) {
                return HttpResponses.error(400, "InvalidContent", e.getMessage());
            } catch (ContentNotFoundException e) {
                return HttpResponses.error(404, "NotFound", e.getMessage());
            } catch (ContentConflictException e) {
                return HttpResponses.error(409, e.code(), e.getMessage());
            }
        });
    }

    private APIGatewayV2HTTPResponse route(APIGatewayV2HTTPEvent request, String correlationId, String requestId) {
        String path = request.getRawPath();
        String method = HttpRequests.method(request);
        Matcher item = ITEM.matcher(path);
        Matcher revision = REVISIONS.matcher(path);
        if ("/content".equals(path)) {
            return "POST".equals(method) ? submit(request, correlationId, requestId) : notAllowed(path, "POST");
        }
        if (revision.matches()) {
            return "POST".equals(method) ? revise(revision.group(1), request, correlationId, requestId) : notAllowed(path, "POST");
        }
        if (item.matches()) {
            return "DELETE".equals(method) ? withdraw(item.group(1), request, correlationId, requestId) : notAllowed(path, "DELETE");
        }
        return HttpResponses.error(404, "NotFound", "no resource at " + path
                + "; use POST /content, POST /content/{id}/revisions or DELETE /content/{id}");
    }

    private APIGatewayV2HTTPResponse submit(APIGatewayV2HTTPEvent request, String correlationId, String requestId) {
        Submission submission = submissions.submit(CommandParser.submitContent(HttpRequests.body(request)),
                correlationId, requestId);
        store.save(submission);
        LOG.info("content {} submitted, event {} in the outbox", submission.item().contentId(),
                submission.event().metadata().eventId());
        return accepted(submission.item().contentId(), submission.item().revision(), correlationId);
    }

    private APIGatewayV2HTTPResponse revise(String contentId, APIGatewayV2HTTPEvent request, String correlationId,
                                            String requestId) {
        String body = HttpRequests.body(request);
        SubmitContentCommand draft = CommandParser.submitContent(body);
        ContentStore.Stored current = changeable(contentId);
        ContentRevisions.Revision revision = revisions.revise(current.item(), draft,
                CommandParser.optionalText(body, "changeNote"), correlationId, requestId);
        store.save(revision);
        LOG.info("content {} revised to revision {}, event {} in the outbox", contentId, revision.item().revision(),
                revision.event().metadata().eventId());
        return accepted(contentId, revision.item().revision(), correlationId);
    }

    private APIGatewayV2HTTPResponse withdraw(String contentId, APIGatewayV2HTTPEvent request, String correlationId,
                                              String requestId) {
        String reason = CommandParser.optionalText(HttpRequests.body(request), "reason");
        ContentStore.Stored current = changeable(contentId);
        ContentRevisions.Withdrawal withdrawal = revisions.withdraw(current.item(), reason, correlationId, requestId);
        store.save(withdrawal);
        LOG.info("content {} withdrawn at revision {}, event {} in the outbox", contentId, withdrawal.revision(),
                withdrawal.event().metadata().eventId());
        return accepted(contentId, withdrawal.revision(), correlationId);
    }

    private ContentStore.Stored changeable(String contentId) {
        ContentStore.Stored current = store.find(contentId).orElseThrow(() -> new ContentNotFoundException(contentId));
        if (current.withdrawn()) {
            throw new ContentConflictException("Withdrawn", "content " + contentId + " is withdrawn; it cannot change");
        }
        return current;
    }

    private static APIGatewayV2HTTPResponse accepted(String contentId, int revision, String correlationId) {
        return HttpResponses.json(202, Map.of("contentId", contentId, "revision", revision, "correlationId", correlationId));
    }

    private static APIGatewayV2HTTPResponse notAllowed(String path, String allowed) {
        return HttpResponses.error(405, "MethodNotAllowed", path + " accepts " + allowed + " only");
    }

    private String correlationIdOf(APIGatewayV2HTTPEvent request) {
        Map<String, String> headers = request.getHeaders();
        String given = headers == null ? null : headers.get(CORRELATION_HEADER);
        return given == null || given.isBlank() ? envelopes.newId() : given;
    }
}

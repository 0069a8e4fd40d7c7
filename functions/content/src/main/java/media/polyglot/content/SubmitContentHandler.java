package media.polyglot.content;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
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
 * The content API behind its Function URL: {@code POST /content} stores the item and its
 * ContentSubmitted outbox row in one transaction and answers 202 at once; publishing happens
 * downstream, from the outbox table's stream.
 */
public final class SubmitContentHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** A client may start the flow with its own correlation id; otherwise the request gets a new one. */
    static final String CORRELATION_HEADER = "x-correlation-id";

    private static final Logger LOG = LoggerFactory.getLogger(SubmitContentHandler.class);

    private final ContentSubmissions submissions;
    private final ContentStore store;
    private final EnvelopeFactory envelopes;

    public SubmitContentHandler() {
        this(Environment.ofProcess(), EnvelopeFactory.forProducer("content"));
    }

    SubmitContentHandler(Environment environment, EnvelopeFactory envelopes) {
        this.envelopes = envelopes;
        this.submissions = new ContentSubmissions(envelopes);
        this.store = new ContentStore(AwsClients.dynamoDb(),
                environment.require(FunctionEnvironment.CONTENT_TABLE),
                environment.require(FunctionEnvironment.OUTBOX_TABLE));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent request, Context context) {
        return Observability.invocation(context, () -> handle(request, context));
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent request, Context context) {
        String path = request.getRawPath();
        if (!"/content".equals(path)) {
            return HttpResponses.error(404, "NotFound", "no resource at " + path + "; submit with POST /content");
        }
        if (!"POST".equals(HttpRequests.method(request))) {
            return HttpResponses.error(405, "MethodNotAllowed", "/content accepts POST only");
        }
        SubmitContentCommand command;
        try {
            command = CommandParser.submitContent(HttpRequests.body(request));
        } catch (InvalidCommandException e) {
            return HttpResponses.error(400, "InvalidContent", e.getMessage());
        }
        String correlationId = correlationIdOf(request);
        Submission submission = submissions.submit(command, correlationId, context.getAwsRequestId());
        store.save(submission);
        LOG.info("content {} submitted, event {} in the outbox, correlationId {}",
                submission.item().contentId(), submission.event().metadata().eventId(), correlationId);
        return HttpResponses.json(202, Map.of(
                "contentId", submission.item().contentId(),
                "revision", submission.item().revision(),
                "correlationId", correlationId));
    }

    private String correlationIdOf(APIGatewayV2HTTPEvent request) {
        Map<String, String> headers = request.getHeaders();
        String given = headers == null ? null : headers.get(CORRELATION_HEADER);
        return given == null || given.isBlank() ? envelopes.newId() : given;
    }
}

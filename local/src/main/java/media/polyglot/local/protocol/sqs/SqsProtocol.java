package media.polyglot.local.protocol.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import media.polyglot.local.edge.AwsRequest;
import media.polyglot.local.edge.AwsResponse;
import media.polyglot.local.edge.ServiceEndpoint;

/**
 * SQS on the edge. The calls every consumer and producer makes all the time (SendMessage,
 * SendMessageBatch, ReceiveMessage, DeleteMessage, DeleteMessageBatch in the JSON protocol) are
 * answered in-process on the queue engine when they use nothing but the plain parts of those
 * actions; everything else, and any request the in-process answer would not get exactly right (an
 * error to report, a FIFO queue, message attributes), passes to ElasticMQ's own SQS endpoint.
 */
public final class SqsProtocol implements ServiceEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TARGET_PREFIX = "AmazonSQS.";

    private final InProcessActions inProcess;
    private final ServiceEndpoint elasticMq;

    public SqsProtocol(InProcessActions inProcess, ServiceEndpoint elasticMq) {
        this.inProcess = inProcess;
        this.elasticMq = elasticMq;
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        return inProcessAnswer(request).orElseGet(() -> elasticMq.handle(request));
    }

    private Optional<AwsResponse> inProcessAnswer(AwsRequest request) {
        String target = request.header("X-Amz-Target");
        String contentType = request.header("Content-Type");
        if (target == null || !target.startsWith(TARGET_PREFIX) || contentType == null
                || !contentType.startsWith("application/x-amz-json-1.0")) {
            return Optional.empty();
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.body());
        } catch (IOException e) {
            return Optional.empty();
        }
        if (body == null || !body.isObject()) {
            return Optional.empty();
        }
        return inProcess.answer(target.substring(TARGET_PREFIX.length()), body);
    }
}

package media.polyglot.bench.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * The consumer of the hop benchmark, behind an SQS event source mapping: notes the wall clock (in microseconds; the
 * bench runs on the same machine) the moment its handler starts, and writes it back with each event's own put time
 * to the queue named by {@code RESULT_QUEUE_URL}.
 */
public class HopHandler implements RequestStreamHandler {

    private final ObjectMapper json = new ObjectMapper();
    private final SqsClient sqs = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    private final String resultQueueUrl = System.getenv("RESULT_QUEUE_URL");

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        long startMicros = WallClock.micros();
        List<SendMessageBatchRequestEntry> results = new ArrayList<>();
        for (JsonNode record : json.readTree(input).path("Records")) {
            JsonNode detail = json.readTree(record.path("body").asText()).path("detail");
            String body = json.writeValueAsString(Map.of("seq", detail.path("seq").asLong(),
                    "sentAtMicros", detail.path("sentAtMicros").asLong(), "startMicros", startMicros));
            results.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(results.size())).messageBody(body).build());
        }
        if (!results.isEmpty()) {
            sqs.sendMessageBatch(r -> r.queueUrl(resultQueueUrl).entries(results));
        }
        output.write("{\"batchItemFailures\":[]}".getBytes(StandardCharsets.UTF_8));
    }
}

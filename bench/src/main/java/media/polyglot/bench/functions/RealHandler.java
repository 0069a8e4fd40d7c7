package media.polyglot.bench.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The cold start of a real handler: in its constructor it builds what the project's functions build (the DynamoDB,
 * EventBridge and SQS clients on the URL connection client, a Jackson mapper), then reads and answers JSON.
 */
public class RealHandler implements RequestStreamHandler {

    private final ObjectMapper json = new ObjectMapper();
    private final DynamoDbClient dynamoDb = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    private final EventBridgeClient events = EventBridgeClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    private final SqsClient sqs = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = json.readTree(input);
        json.writeValue(output, Map.of("ok", true, "fields", event.size(),
                "clients", dynamoDb.serviceName() + "," + events.serviceName() + "," + sqs.serviceName()));
    }
}

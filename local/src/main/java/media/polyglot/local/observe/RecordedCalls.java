package media.polyglot.local.observe;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import media.polyglot.local.edge.AwsRequest;
import media.polyglot.local.edge.AwsResponse;
import media.polyglot.local.edge.ServiceEndpoint;

/**
 * Records the API calls of a service that belong to a flow as hops: the calls whose operation is
 * one of {@code operations} and whose request carries a correlation id (a DynamoDB write of an
 * outbox row, an SNS publish of a notice). Other calls pass through unrecorded.
 */
public final class RecordedCalls implements ServiceEndpoint {

    private final ServiceEndpoint service;
    private final HopLog hops;
    private final HopKind kind;
    private final Set<String> operations;
    private final Function<AwsRequest, String> operationOf;

    private RecordedCalls(ServiceEndpoint service, HopLog hops, HopKind kind, Set<String> operations,
                          Function<AwsRequest, String> operationOf) {
        this.service = service;
        this.hops = hops;
        this.kind = kind;
        this.operations = Set.copyOf(operations);
        this.operationOf = operationOf;
    }

    /** DynamoDB's writes, named by {@code X-Amz-Target}. */
    public static RecordedCalls dynamoDbWrites(ServiceEndpoint service, HopLog hops) {
        return new RecordedCalls(service, hops, HopKind.TABLE_WRITTEN,
                Set.of("PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems", "BatchWriteItem"),
                request -> {
                    String target = request.header("X-Amz-Target");
                    return target == null ? "" : target.substring(target.indexOf('.') + 1);
                });
    }

    /** SNS's publishes, named by the query protocol's {@code Action}. */
    public static RecordedCalls snsPublishes(ServiceEndpoint service, HopLog hops) {
        return new RecordedCalls(service, hops, HopKind.TOPIC_PUBLISHED, Set.of("Publish", "PublishBatch"),
                request -> {
                    String body = request.bodyAsString();
                    int start = body.indexOf("Action=");
                    if (start < 0) {
                        return "";
                    }
                    int end = body.indexOf('&', start);
                    return body.substring(start + "Action=".length(), end < 0 ? body.length() : end);
                });
    }

    /**
     * The correlation ids a call carries. A query-protocol body is form-encoded: each parameter's decoded value (a
     * published message, say) is read for them. A JSON body is read as it is: a literal % in it (an item's text) is
     * no escape.
     */
    private static Set<String> correlationIds(AwsRequest request) {
        String contentType = request.header("Content-Type");
        if (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded")) {
            return CorrelationIds.in(request.body());
        }
        Set<String> found = new LinkedHashSet<>();
        for (String parameter : request.bodyAsString().split("&")) {
            String value = URLDecoder.decode(parameter.substring(parameter.indexOf('=') + 1), StandardCharsets.UTF_8);
            // Only a JSON object carries one; the other parameters (Action, TopicArn...) are not worth a failed parse.
            if (value.stripLeading().startsWith("{")) {
                found.addAll(CorrelationIds.in(value.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return found;
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        String operation = operationOf.apply(request);
        // Most calls carry no flow: a plain text search spares them a JSON parse.
        if (!operations.contains(operation) || !request.bodyAsString().contains("correlationId")) {
            return service.handle(request);
        }
        long started = System.nanoTime();
        AwsResponse response = service.handle(request);
        long millis = (System.nanoTime() - started) / 1_000_000;
        for (String correlationId : correlationIds(request)) {
            hops.record(kind, operation, correlationId, null, millis,
                    response.status() < 300 ? "ok" : "HTTP " + response.status(), Map.of());
        }
        return response;
    }
}

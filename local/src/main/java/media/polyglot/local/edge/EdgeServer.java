package media.polyglot.local.edge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one port every AWS API of the runtime answers on. A request goes to the service its SigV4
 * credential scope names, so the stock AWS CLI and SDKs work with only an endpoint override.
 * Services are attached after the port is bound, because some (SQS queue URLs) must know it.
 */
public final class EdgeServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EdgeServer.class);

    private final ConnectionPerThreadServer server;
    private final Map<String, ServiceEndpoint> services = new ConcurrentSkipListMap<>();
    private final Map<String, ServiceEndpoint> unsigned = new ConcurrentSkipListMap<>();

    private EdgeServer(int port) throws IOException {
        this.server = ConnectionPerThreadServer.start(port, 256, "edge", this::serve);
    }

    /** Binds 127.0.0.1 at {@code port} (0: any free port) and starts serving. */
    public static EdgeServer start(int port) {
        try {
            return new EdgeServer(port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the edge port 127.0.0.1:" + port
                    + " (is another runtime running? pass --port 0 for any free port)", e);
        }
    }

    /** Routes requests signed for {@code signingName} (for example {@code sqs}) to the endpoint. */
    public void attach(String signingName, ServiceEndpoint endpoint) {
        services.put(signingName, endpoint);
    }

    /**
     * Serves the runtime's own pages and API under {@code pathPrefix} (the dashboard, the management
     * API): loopback only, so unsigned. {@code GET /} leads to the dashboard.
     */
    public void attachUnsigned(String pathPrefix, ServiceEndpoint endpoint) {
        unsigned.put(pathPrefix, endpoint);
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    private AwsResponse serve(AwsRequest request) {
        try {
            return route(request);
        } catch (RuntimeException e) {
            LOG.error("edge failed on {} {}", request.method(), request.path(), e);
            return AwsErrors.json(500, "InternalFailure", "the local runtime failed on this request: " + e);
        }
    }

    private AwsResponse route(AwsRequest request) {
        for (Map.Entry<String, ServiceEndpoint> own : unsigned.entrySet()) {
            if (request.path().startsWith(own.getKey())) {
                return own.getValue().handle(request);
            }
        }
        if (request.path().equals("/") && request.method().equals("GET") && request.header("Authorization") == null) {
            return new AwsResponse(302, null, new byte[0], Map.of("Location", "/dashboard/"));
        }
        var scope = SigV4Scope.fromAuthorization(request.header("Authorization"));
        if (scope.isEmpty()) {
            return AwsErrors.forRequest(request, 403, "MissingAuthenticationTokenException",
                    "the request is not signed with SigV4; the edge routes by the credential scope's service,"
                            + " so use an AWS SDK or the AWS CLI with AWS_ENDPOINT_URL=" + url());
        }
        ServiceEndpoint endpoint = services.get(scope.get().service());
        if (endpoint == null) {
            return AwsErrors.forRequest(request, 400, "UnrecognizedClientException", "the local runtime does not serve the AWS service '"
                    + scope.get().service() + "'; it serves " + String.join(", ", services.keySet()));
        }
        return endpoint.handle(request);
    }

    @Override
    public void close() {
        server.close();
    }
}

package media.polyglot.local.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import media.polyglot.local.engine.lambda.InvocationResult;
import media.polyglot.local.engine.lambda.LambdaHost;
import media.polyglot.local.protocol.functionurl.FunctionUrlPayloads;
import media.polyglot.local.observe.CorrelationIds;
import media.polyglot.local.observe.HopKind;
import media.polyglot.local.observe.HopLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One function's URL: its own port, as each Function URL has its own host on AWS. With
 * {@code AWS_IAM} auth a request must carry a valid SigV4 signature for service {@code lambda},
 * made with the runtime's credentials, or it gets a 403 as from AWS.
 */
public final class FunctionUrlServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FunctionUrlServer.class);
    private static final int MAX_REQUEST_BYTES = 6 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService workers;
    private final FunctionUrl url;
    private final LambdaHost functions;
    private final SigV4Verifier signatures;
    private final HopLog hops;
    private final String accountId;
    private final Clock clock;

    private FunctionUrlServer(HttpServer server, ExecutorService workers, FunctionUrl url, LambdaHost functions,
                              SigV4Verifier signatures, String accountId, Clock clock, HopLog hops) {
        this.hops = hops;
        this.server = server;
        this.workers = workers;
        this.url = url;
        this.functions = functions;
        this.signatures = signatures;
        this.accountId = accountId;
        this.clock = clock;
    }

    public static FunctionUrlServer start(FunctionUrl url, LambdaHost functions, SigV4Verifier signatures,
                                          String accountId, Clock clock, HopLog hops) {
        try {
            HttpServer server = LoopbackHttp.bind(0, 128);
            ExecutorService workers = Executors.newCachedThreadPool(LoopbackHttp.daemonThreads("url-" + url.functionName()));
            server.setExecutor(workers);
            FunctionUrlServer urlServer = new FunctionUrlServer(server, workers, url, functions, signatures, accountId,
                    clock, hops);
            server.createContext("/", urlServer::serve);
            server.start();
            return urlServer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a port for the Function URL of " + url.functionName(), e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public FunctionUrl functionUrl() {
        return url;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try {
            long startedAt = System.nanoTime();
            AwsRequest request = HttpExchanges.read(exchange);
            AwsResponse response = answer(request);
            HttpExchanges.write(exchange, response);
            record(request, response, (System.nanoTime() - startedAt) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            HttpExchanges.write(exchange, AwsResponse.of(503, "application/json", "{\"Message\":\"Service Unavailable\"}"));
        } catch (RuntimeException e) {
            LOG.error("Function URL of {} failed on {} {}", url.functionName(), exchange.getRequestMethod(),
                    exchange.getRequestURI(), e);
            HttpExchanges.write(exchange, FunctionUrlPayloads.functionError());
        }
    }

    private AwsResponse answer(AwsRequest request) throws InterruptedException {
        // A Function URL invokes synchronously, and a synchronous invocation takes at most 6 MB.
        if (request.body().length > MAX_REQUEST_BYTES) {
            return AwsResponse.of(413, "application/json", JSON.createObjectNode().put("Message", "Request must be"
                    + " smaller than " + MAX_REQUEST_BYTES + " bytes for the InvokeFunction operation").toString());
        }
        if (url.iamAuth()) {
            if (request.header("Authorization") == null) {
                return AwsResponse.of(403, "application/json", "{\"Message\":\"Forbidden\"}");
            }
            Optional<String> problem = signatures.problem(request, "lambda");
            if (problem.isPresent()) {
                return AwsResponse.of(403, "application/json",
                        JSON.createObjectNode().put("Message", problem.get()).toString());
            }
        }
        byte[] event = FunctionUrlPayloads.event(request, url.urlId(), accountId, clock.instant());
        InvocationResult result = functions.invoke(url.functionName(), event);
        if (result.failed()) {
            LOG.warn("{} failed behind its Function URL: {} {}", url.functionName(), result.error().errorType(),
                    result.error().errorMessage());
            return FunctionUrlPayloads.functionError();
        }
        return FunctionUrlPayloads.response(result.payload());
    }

    /** The request's flow: the caller's correlation id header, or the one the function answered with. */
    private void record(AwsRequest request, AwsResponse response, long millis) {
        String correlationId = request.header("X-Correlation-Id");
        if (correlationId == null) {
            correlationId = CorrelationIds.first(response.body());
        }
        hops.record(HopKind.HTTP_REQUEST, url.functionName(), correlationId, null, millis,
                response.status() < 500 ? "ok" : "HTTP " + response.status(),
                Map.of("method", request.method(), "path", request.path(), "status", Integer.toString(response.status())));
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}

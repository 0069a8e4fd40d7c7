package media.polyglot.local.engine.lambda;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import media.polyglot.local.edge.LoopbackHttp;
import media.polyglot.local.engine.lambda.InvocationMailbox.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lambda Runtime API of one instance, on a loopback port of its own: the HTTP side only. It turns requests into
 * calls on the instance's {@link InvocationMailbox} and renders the status codes and error documents the Runtime API
 * specifies (its OpenAPI description: 202 Accepted, 400 for an unknown request id, 403 for an init error after init;
 * 404 and 405 for requests outside the API).
 */
final class RuntimeApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RuntimeApiServer.class);
    private static final byte[] ACCEPTED = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);

    private final String functionName;
    private final String functionArn;
    private final InvocationMailbox mailbox;
    private final ExecutorService executor;
    private final HttpServer server;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private RuntimeApiServer(String functionName, String functionArn, InvocationMailbox mailbox) throws IOException {
        this.functionName = functionName;
        this.functionArn = functionArn;
        this.mailbox = mailbox;
        this.executor = Executors.newCachedThreadPool(LoopbackHttp.daemonThreads("lambda-" + functionName + "-runtime-api"));
        this.server = LoopbackHttp.bind(0, 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts serving the mailbox on 127.0.0.1 and a free port. */
    static RuntimeApiServer start(String functionName, String functionArn, InvocationMailbox mailbox)
            throws IOException {
        return new RuntimeApiServer(functionName, functionArn, mailbox);
    }

    /** host:port, as AWS_LAMBDA_RUNTIME_API carries it. */
    String address() {
        InetSocketAddress bound = server.getAddress();
        return bound.getAddress().getHostAddress() + ":" + bound.getPort();
    }

    /** Stops serving; safe to call more than once (the process's exit and the host's shutdown both do). */
    @Override
    public void close() {
        if (stopped.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            RuntimeApiRoute route = RuntimeApiRoute.of(method, path);
            if (route instanceof RuntimeApiRoute.NextInvocation) {
                next(exchange);
            } else if (route instanceof RuntimeApiRoute.InvocationResponse response) {
                answered(exchange, mailbox.answer(response.requestId(), new Outcome.Response(body)));
            } else if (route instanceof RuntimeApiRoute.InvocationError error) {
                FunctionError reported = FunctionError.reported(body, errorTypeHeader(exchange));
                answered(exchange, mailbox.answer(error.requestId(), new Outcome.Failure(reported)));
            } else if (route instanceof RuntimeApiRoute.InitError) {
                initError(exchange, FunctionError.reported(body, errorTypeHeader(exchange)));
            } else if (route instanceof RuntimeApiRoute.MethodNotAllowed) {
                sendError(exchange, 405, "MethodNotAllowed", method + " is not allowed on " + path);
            } else {
                sendError(exchange, 404, "NotFound", "The Runtime API has no resource " + path);
            }
        } catch (IOException disconnected) {
            // The runtime closed its connection, usually because its process is exiting; the instance's exit
            // watcher ends whatever invocation was open, so only the detail is worth a log line.
            LOG.debug("Runtime API of function {}: the runtime disconnected: {}", functionName, disconnected.toString());
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        Invocation invocation;
        try {
            invocation = mailbox.awaitNext();
        } catch (InterruptedException stopping) {
            // The server stops only once the instance's process is gone: nobody is waiting for an answer.
            Thread.currentThread().interrupt();
            return;
        }
        var headers = exchange.getResponseHeaders();
        headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(invocation.deadline().join().toEpochMilli()));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", functionArn);
        headers.set("Lambda-Runtime-Trace-Id", invocation.traceId());
        // RIC 2.9.0 failed on a next-invocation response without a content type.
        send(exchange, 200, "application/json", invocation.payload());
    }

    private void answered(HttpExchange exchange, Answer answer) throws IOException {
        if (answer == Answer.ACCEPTED) {
            send(exchange, 202, "application/json", ACCEPTED);
        } else {
            sendError(exchange, 400, "InvalidRequestID", "Invalid request ID");
        }
    }

    private void initError(HttpExchange exchange, FunctionError error) throws IOException {
        if (mailbox.failInit(error)) {
            LOG.warn("Function {} failed to initialise: {}: {}", functionName, error.errorType(), error.errorMessage());
            send(exchange, 202, "application/json", ACCEPTED);
        } else {
            sendError(exchange, 403, "InvalidStateTransition",
                    "Function " + functionName + " reported an init error after its init phase had ended");
        }
    }

    private static String errorTypeHeader(HttpExchange exchange) {
        return exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
    }

    private static void sendError(HttpExchange exchange, int status, String errorType, String message)
            throws IOException {
        send(exchange, status, "application/json", FunctionError.raised(errorType, message).body());
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        // HttpServer reads a length of 0 as "chunked"; -1 means no body at all.
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}

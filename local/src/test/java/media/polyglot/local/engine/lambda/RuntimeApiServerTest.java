package media.polyglot.local.engine.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Runtime API as a runtime sees it, over HTTP, with no function process behind it. */
class RuntimeApiServerTest {

    private static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:orders";
    private static final byte[] EVENT = "{\"orderId\":42}".getBytes(StandardCharsets.UTF_8);

    private final InvocationMailbox mailbox = new InvocationMailbox();
    private final RuntimeApiServer server = start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void nextInvocationCarriesThePayloadAndTheLambdaHeaders() throws Exception {
        Invocation invocation = new Invocation(EVENT, Duration.ofSeconds(3));
        mailbox.post(invocation);
        Instant before = Instant.now();

        HttpResponse<byte[]> next = http.send(get("/2018-06-01/runtime/invocation/next"), BodyHandlers.ofByteArray());

        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).isEqualTo(EVENT);
        assertThat(next.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(next.headers().firstValue("Lambda-Runtime-Aws-Request-Id")).hasValue(invocation.requestId());
        assertThat(next.headers().firstValue("Lambda-Runtime-Invoked-Function-Arn")).hasValue(ARN);
        assertThat(next.headers().firstValue("Lambda-Runtime-Trace-Id")).get().asString()
                .matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0");
        long deadline = Long.parseLong(next.headers().firstValue("Lambda-Runtime-Deadline-Ms").orElseThrow());
        assertThat(deadline).isBetween(before.plusSeconds(3).toEpochMilli(), Instant.now().plusSeconds(3).toEpochMilli());
    }

    @Test
    void nextInvocationWaitsUntilAnInvocationIsQueued() throws Exception {
        CompletableFuture<HttpResponse<byte[]>> next =
                http.sendAsync(get("/2018-06-01/runtime/invocation/next"), BodyHandlers.ofByteArray());
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> !next.isDone());

        mailbox.post(new Invocation(EVENT, Duration.ofSeconds(3)));

        assertThat(next.get().statusCode()).isEqualTo(200);
        assertThat(next.get().body()).isEqualTo(EVENT);
    }

    @Test
    void aResponseEndsItsInvocationAndIsAcceptedOnce() throws Exception {
        Invocation invocation = deliveredInvocation();
        String path = "/2018-06-01/runtime/invocation/" + invocation.requestId() + "/response";

        HttpResponse<String> accepted = send(post(path, "{\"approved\":true}"));
        HttpResponse<String> again = send(post(path, "{\"approved\":false}"));

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(accepted.body()).isEqualTo("{\"status\":\"OK\"}");
        assertThat(invocation.outcome().join()).isInstanceOfSatisfying(Outcome.Response.class,
                response -> assertThat(new String(response.payload(), StandardCharsets.UTF_8))
                        .isEqualTo("{\"approved\":true}"));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).isEqualTo("{\"errorMessage\":\"Invalid request ID\",\"errorType\":\"InvalidRequestID\"}");
    }

    @Test
    void anErrorPostBecomesTheInvocationsFunctionError() throws Exception {
        Invocation invocation = deliveredInvocation();
        String body = "{\"errorMessage\":\"order 42 has no lines\",\"errorType\":\"java.lang.IllegalArgumentException\","
                + "\"stackTrace\":[]}";

        HttpResponse<String> accepted = send(post("/2018-06-01/runtime/invocation/" + invocation.requestId() + "/error",
                body, "Lambda-Runtime-Function-Error-Type", "Runtime.UserException"));

        assertThat(accepted.statusCode()).isEqualTo(202);
        FunctionError error = ((Outcome.Failure) invocation.outcome().join()).error();
        assertThat(error.errorType()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(error.errorMessage()).isEqualTo("order 42 has no lines");
        assertThat(new String(error.body(), StandardCharsets.UTF_8)).isEqualTo(body);
    }

    @Test
    void anErrorForAnUnknownRequestIdIs400() throws Exception {
        HttpResponse<String> rejected = send(post("/2018-06-01/runtime/invocation/no-such-id/error", "{}"));

        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.body()).isEqualTo("{\"errorMessage\":\"Invalid request ID\",\"errorType\":\"InvalidRequestID\"}");
    }

    @Test
    void anInitErrorAnswersTheWaitingInvocation() throws Exception {
        Invocation invocation = new Invocation(EVENT, Duration.ofSeconds(3));
        mailbox.post(invocation);

        HttpResponse<String> accepted = send(post("/2018-06-01/runtime/init/error",
                "{\"errorMessage\":\"TABLE_NAME is not set\",\"errorType\":\"java.lang.IllegalStateException\"}",
                "Lambda-Runtime-Function-Error-Type", "Runtime.BadFunctionCode"));

        assertThat(accepted.statusCode()).isEqualTo(202);
        FunctionError error = ((Outcome.Failure) invocation.outcome().join()).error();
        assertThat(error.errorType()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.errorMessage()).isEqualTo("TABLE_NAME is not set");
    }

    @Test
    void anInitErrorAfterTheRuntimeAskedForWorkIs403() throws Exception {
        deliveredInvocation();

        HttpResponse<String> refused = send(post("/2018-06-01/runtime/init/error", "{}"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("{\"errorMessage\":\"Function orders reported an init error after its "
                + "init phase had ended\",\"errorType\":\"InvalidStateTransition\"}");
    }

    @Test
    void pathsOutsideTheApiAre404AndWrongMethodsAre405() throws Exception {
        HttpResponse<String> unknown = send(get("/2018-06-01/runtime/invocation"));
        HttpResponse<String> wrongMethod = send(post("/2018-06-01/runtime/invocation/next", ""));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"errorMessage\":\"The Runtime API has no resource "
                + "/2018-06-01/runtime/invocation\",\"errorType\":\"NotFound\"}");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).isEqualTo("{\"errorMessage\":\"POST is not allowed on "
                + "/2018-06-01/runtime/invocation/next\",\"errorType\":\"MethodNotAllowed\"}");
    }

    private Invocation deliveredInvocation() throws IOException, InterruptedException {
        Invocation invocation = new Invocation(EVENT, Duration.ofSeconds(3));
        mailbox.post(invocation);
        http.send(get("/2018-06-01/runtime/invocation/next"), BodyHandlers.discarding());
        return invocation;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, BodyHandlers.ofString());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private HttpRequest post(String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(BodyPublishers.ofString(body));
        return (headers.length == 0 ? request : request.headers(headers)).build();
    }

    private URI uri(String path) {
        return URI.create("http://" + server.address() + path);
    }

    private RuntimeApiServer start() {
        try {
            return RuntimeApiServer.start("orders", ARN, mailbox);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the Runtime API server", e);
        }
    }
}

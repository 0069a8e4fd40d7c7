package media.polyglot.local.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The edge's HTTP/1.1 as clients use it (RFC 9112): persistent connections, bodies by length or
 * chunked, 100-continue, HEAD, and a long request that holds only its own connection.
 */
class EdgeServerHttpTest {

    private static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/echo/aws4_request, "
            + "SignedHeaders=host, Signature=00";

    private final CountDownLatch release = new CountDownLatch(1);
    private EdgeServer edge;

    @BeforeEach
    void start() {
        edge = EdgeServer.start(0);
        edge.attach("echo", request -> {
            if (request.path().equals("/hold")) {
                await();
            }
            String body = request.method() + " " + request.path() + "?" + request.query() + " " + request.header("x-test")
                    + " " + request.bodyAsString();
            return new AwsResponse(200, "text/plain", body.getBytes(StandardCharsets.UTF_8), Map.of("x-echo", "yes"));
        });
    }

    @AfterEach
    void stop() {
        release.countDown();
        edge.close();
    }

    @Test
    void aConnectionServesRequestsOneAfterAnotherUntilTheClientCloses() throws IOException {
        try (Socket socket = connect()) {
            send(socket, request("POST", "/a?x=1", "X-Test: one\r\nContent-Length: 5\r\n", "hello"));
            assertThat(readResponse(socket.getInputStream()).body()).isEqualTo("POST /a?x=1 one hello");
            send(socket, request("POST", "/b", "x-test: two\r\nContent-Length: 3\r\n", "abc"));
            Response second = readResponse(socket.getInputStream());
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.head()).contains("x-echo: yes").contains("Content-Type: text/plain").contains("Date: ");
            assertThat(second.body()).isEqualTo("POST /b? two abc");
        }
    }

    @Test
    void aChunkedBodyIsReassembledWithExtensionsAndTrailersDropped() throws IOException {
        try (Socket socket = connect()) {
            send(socket, request("PUT", "/c", "Transfer-Encoding: chunked\r\n",
                    "5;name=value\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n"));
            assertThat(readResponse(socket.getInputStream()).body()).isEqualTo("PUT /c? null hello, world");
        }
    }

    @Test
    void expectContinueGetsAnInterimResponseBeforeTheBodyIsSent() throws IOException {
        try (Socket socket = connect()) {
            send(socket, request("POST", "/d", "Expect: 100-continue\r\nContent-Length: 4\r\n", ""));
            InputStream in = socket.getInputStream();
            assertThat(readHead(in)).startsWith("HTTP/1.1 100 Continue");
            send(socket, "body");
            assertThat(readResponse(in).body()).isEqualTo("POST /d? null body");
        }
    }

    @Test
    void connectionCloseAndHttp10AreAnsweredThenClosed() throws IOException {
        try (Socket socket = connect()) {
            send(socket, request("GET", "/e", "Connection: close\r\n", ""));
            Response response = readResponse(socket.getInputStream());
            assertThat(response.head()).contains("Connection: close");
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
        try (Socket socket = connect()) {
            send(socket, "GET /f HTTP/1.0\r\nAuthorization: " + AUTHORIZATION + "\r\n\r\n");
            assertThat(readResponse(socket.getInputStream()).body()).isEqualTo("GET /f? null ");
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void headAnswersTheHeadOnly() throws IOException {
        try (Socket socket = connect()) {
            send(socket, request("HEAD", "/g", "", ""));
            Response response = readResponse(socket.getInputStream(), false);
            assertThat(response.head()).contains("Content-Length: 14");
            send(socket, request("GET", "/h", "", ""));
            assertThat(readResponse(socket.getInputStream()).body()).isEqualTo("GET /h? null ");
        }
    }

    @Test
    void aLargeBodyArrivesWhole() throws IOException {
        String large = "x".repeat(3 * 1024 * 1024);
        try (Socket socket = connect()) {
            send(socket, request("POST", "/i", "Content-Length: " + large.length() + "\r\n", large));
            assertThat(readResponse(socket.getInputStream()).body()).isEqualTo("POST /i? null " + large);
        }
    }

    @Test
    void aHeldRequestBlocksOnlyItsOwnConnection() throws Exception {
        try (Socket holding = connect(); Socket other = connect()) {
            send(holding, request("POST", "/hold", "Content-Length: 0\r\n", ""));
            CompletableFuture<Response> held = CompletableFuture.supplyAsync(() -> {
                try {
                    return readResponse(holding.getInputStream());
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            send(other, request("GET", "/j", "", ""));
            assertThat(readResponse(other.getInputStream()).body()).isEqualTo("GET /j? null ");
            assertThat(held).isNotDone();
            release.countDown();
            assertThat(held.get(10, TimeUnit.SECONDS).body()).isEqualTo("POST /hold? null ");
        }
    }

    @Test
    void aMalformedRequestGetsA400AndTheConnectionCloses() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "NONSENSE\r\n\r\n");
            Response response = readResponse(socket.getInputStream());
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).contains("malformed request line: NONSENSE");
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void aFoldedHeaderLineIsRefusedAsRfc9112Asks() throws IOException {
        try (Socket socket = connect()) {
            send(socket, request("GET", "/k", "X-Test: one\r\n two\r\n", ""));
            Response response = readResponse(socket.getInputStream());
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).contains("malformed header field:  two");
        }
    }

    @Test
    void anUnsignedRequestIsRefusedAsAws() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
            Response response = readResponse(socket.getInputStream());
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.body()).contains("MissingAuthenticationTokenException");
        }
    }

    private record Response(int status, String head, String body) {
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(edge.url().getHost(), edge.url().getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static String request(String method, String target, String headers, String body) {
        return method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + AUTHORIZATION + "\r\n"
                + headers + "\r\n" + body;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static Response readResponse(InputStream in) throws IOException {
        return readResponse(in, true);
    }

    private static Response readResponse(InputStream in, boolean withBody) throws IOException {
        String head = readHead(in);
        int status = Integer.parseInt(head.substring(9, 12));
        int length = 0;
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        String body = withBody ? new String(in.readNBytes(length), StandardCharsets.UTF_8) : "";
        return new Response(status, head, body);
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed after " + head);
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private void await() {
        try {
            release.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package media.polyglot.local.edge;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP/1.1 server on 127.0.0.1 that gives each connection its own thread, which reads a request,
 * calls the handler and writes the response, as long as the client keeps the connection alive.
 * <p>
 * Why not the JDK's {@code HttpServer}: it hands every request from its selector thread to a worker
 * and the connection back again, two thread switches and a selector wake-up per request, and parses
 * headers slowly; on two cores that was most of a DynamoDB GetItem's time. The edge's clients are
 * few and keep their connections (SDK pools), and a long poll (SQS, up to 20 s) just holds its
 * connection's thread, so a blocking thread per connection is both the simplest and the fastest.
 */
final class ConnectionPerThreadServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPerThreadServer.class);
    /**
     * A connection with no request for this long is closed. Longer than the AWS SDK keeps an idle connection (60 s),
     * so a client never sends on a connection the server is closing at that very moment.
     */
    private static final int IDLE_MILLIS = 300_000;
    private static final int BUFFER = 16 * 1024;

    private final ServerSocket socket;
    private final ExecutorService threads;
    private final Function<AwsRequest, AwsResponse> handler;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private ConnectionPerThreadServer(ServerSocket socket, ExecutorService threads,
                                      Function<AwsRequest, AwsResponse> handler) {
        this.socket = socket;
        this.threads = threads;
        this.handler = handler;
    }

    /** Binds 127.0.0.1 at {@code port} (0: any free port) and accepts connections on a thread named {@code name}. */
    static ConnectionPerThreadServer start(int port, int backlog, String name, Function<AwsRequest, AwsResponse> handler)
            throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), backlog);
        ConnectionPerThreadServer server = new ConnectionPerThreadServer(socket,
                Executors.newCachedThreadPool(LoopbackHttp.daemonThreads(name)), handler);
        Thread acceptor = new Thread(server::accept, name + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!closed) {
            Socket connection;
            try {
                connection = socket.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.error("the HTTP server on port {} stopped accepting connections", port(), e);
                }
                return;
            }
            open.add(connection);
            try {
                threads.execute(() -> serve(connection));
            } catch (RuntimeException e) {
                // Rejected: the server is closing.
                closeQuietly(connection);
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            connection.setTcpNoDelay(true);
            connection.setSoTimeout(IDLE_MILLIS);
            HttpRequestReader reader = new HttpRequestReader(connection.getInputStream());
            HttpResponseWriter writer = new HttpResponseWriter(new BufferedOutputStream(connection.getOutputStream(), BUFFER));
            while (!closed) {
                HttpRequestReader.Received received;
                try {
                    received = reader.read(writer::writeContinue);
                } catch (HttpRequestReader.MalformedRequestException e) {
                    writer.write(AwsErrors.json(400, "BadRequest", "malformed HTTP request: " + e.getMessage()),
                            false, true);
                    return;
                }
                if (received == null) {
                    return;
                }
                AwsResponse response = handler.apply(received.request());
                boolean keepAlive = received.keepAlive() && !closed;
                writer.write(response, received.request().method().equals("HEAD"), !keepAlive);
                if (!keepAlive) {
                    return;
                }
            }
        } catch (SocketTimeoutException | SocketException e) {
            // Idle past the limit, reset by the client, or closed by close(): the connection is done.
        } catch (IOException e) {
            if (!closed) {
                LOG.debug("connection from {} ended: {}", connection.getRemoteSocketAddress(), e.toString());
            }
        } finally {
            open.remove(connection);
        }
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(socket);
        for (Socket connection : open) {
            closeQuietly(connection);
        }
        threads.shutdownNow();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("closing {} failed: {}", closeable, e.toString());
        }
    }
}

package media.polyglot.local.edge;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runtime's HTTP servers (edge, Function URLs, each function's Runtime API), all bound to the
 * loopback interface, with TCP_NODELAY on.
 */
public final class LoopbackHttp {

    private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private LoopbackHttp() {
    }

    /**
     * A server on 127.0.0.1 at {@code port} (0: any free port), not yet started.
     * <p>
     * The JDK server writes a response's headers and its body separately. Without TCP_NODELAY,
     * Nagle's algorithm holds the body back until the peer's delayed ACK (40 ms on Linux): a warm
     * function invocation takes 90 ms instead of 2. The JDK reads the setting once, when the JVM
     * creates its first server, so every server of the runtime is created here.
     */
    public static HttpServer bind(int port, int backlog) throws IOException {
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
        return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), backlog);
    }

    /** Daemon threads named {@code prefix-N}: a server's threads never keep the JVM alive. */
    public static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

package media.polyglot.local.edge;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Writes HTTP/1.1 responses on one connection: status line, header fields and a body of known
 * length, in one write. Not thread-safe: one writer per connection.
 */
final class HttpResponseWriter {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final OutputStream out;
    private final StringBuilder head = new StringBuilder(512);
    private long dateSecond = -1;
    private String date;

    HttpResponseWriter(OutputStream out) {
        this.out = out;
    }

    void writeContinue() throws IOException {
        out.write(CONTINUE);
        out.flush();
    }

    /** The response; a HEAD request's response has its headers only, and {@code close} announces the end. */
    void write(AwsResponse response, boolean head, boolean close) throws IOException {
        this.head.setLength(0);
        this.head.append("HTTP/1.1 ").append(response.status()).append(' ').append(reason(response.status())).append("\r\n");
        if (response.contentType() != null) {
            field("Content-Type", response.contentType());
        }
        boolean hasLength = false;
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            hasLength |= header.getKey().equalsIgnoreCase("Content-Length");
            field(header.getKey(), header.getValue());
        }
        field("Date", date());
        if (!hasLength && !bodiless(response.status())) {
            field("Content-Length", Integer.toString(response.body().length));
        }
        if (close) {
            field("Connection", "close");
        }
        this.head.append("\r\n");
        out.write(this.head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!head && !bodiless(response.status())) {
            out.write(response.body());
        }
        out.flush();
    }

    private void field(String name, String value) {
        head.append(name).append(": ").append(value).append("\r\n");
    }

    /** The Date field (RFC 9110 section 6.6.1), formatted once a second. */
    private String date() {
        long second = System.currentTimeMillis() / 1000;
        if (second != dateSecond) {
            dateSecond = second;
            date = IMF_FIXDATE.format(ZonedDateTime.now(ZoneOffset.UTC));
        }
        return date;
    }

    private static boolean bodiless(int status) {
        return status < 200 || status == 204 || status == 304;
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}

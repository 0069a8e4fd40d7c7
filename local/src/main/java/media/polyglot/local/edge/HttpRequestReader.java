package media.polyglot.local.edge;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads HTTP/1.1 requests (RFC 9112) off one connection: the request line, the header fields, and
 * the body by {@code Content-Length} or {@code Transfer-Encoding: chunked}. Not thread-safe: one
 * reader per connection.
 */
final class HttpRequestReader {

    /** A request that breaks the message syntax; the connection cannot be read any further. */
    static final class MalformedRequestException extends IOException {
        MalformedRequestException(String message) {
            super(message);
        }
    }

    /** A request as read, and whether the client keeps the connection open after it. */
    record Received(AwsRequest request, boolean keepAlive) {
    }

    /** The body a caller may wait for: the client waits for 100 Continue before it sends it. */
    @FunctionalInterface
    interface ContinueSender {
        void send() throws IOException;
    }

    private static final int MAX_LINE = 64 * 1024;
    private static final int MAX_HEADER_FIELDS = 200;

    private static final int BUFFER = 16 * 1024;

    private final InputStream in;
    private final byte[] line = new byte[MAX_LINE];
    // Own buffering rather than a BufferedInputStream, whose read() takes a lock for every byte.
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;

    /** @param in the connection's stream, unbuffered */
    HttpRequestReader(InputStream in) {
        this.in = in;
    }

    /** The next request, or null when the client closed the connection between requests. */
    Received read(ContinueSender continueSender) throws IOException {
        String requestLine = readLine(true);
        while (requestLine != null && requestLine.isEmpty()) {
            // RFC 9112 section 2.2: a server should ignore empty lines received before the request line.
            requestLine = readLine(true);
        }
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !parts[2].startsWith("HTTP/1.")) {
            throw new MalformedRequestException("malformed request line: " + requestLine);
        }
        boolean http11 = !parts[2].equals("HTTP/1.0");
        Map<String, List<String>> headers = readHeaders();
        String connection = first(headers, "Connection");
        boolean keepAlive = http11 ? !"close".equalsIgnoreCase(connection) : "keep-alive".equalsIgnoreCase(connection);
        boolean expectsContinue = http11 && "100-continue".equalsIgnoreCase(first(headers, "Expect"));
        if (expectsContinue) {
            continueSender.send();
        }
        byte[] body = readBody(headers);
        String target = originForm(parts[1]);
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? null : target.substring(question + 1);
        return new Received(new AwsRequest(parts[0], path, query, headers, body), keepAlive);
    }

    private Map<String, List<String>> readHeaders() throws IOException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int count = 0; ; count++) {
            String field = readLine(false);
            if (field.isEmpty()) {
                return headers;
            }
            int colon = field.indexOf(':');
            // RFC 9112 section 5: no whitespace before the colon, and no obsolete line folding.
            if (colon <= 0 || count == MAX_HEADER_FIELDS || Character.isWhitespace(field.charAt(colon - 1))
                    || Character.isWhitespace(field.charAt(0))) {
                throw new MalformedRequestException("malformed header field: " + field);
            }
            headers.computeIfAbsent(field.substring(0, colon), name -> new ArrayList<>(1))
                    .add(field.substring(colon + 1).strip());
        }
    }

    private byte[] readBody(Map<String, List<String>> headers) throws IOException {
        String transferEncoding = first(headers, "Transfer-Encoding");
        if (transferEncoding != null) {
            if (!transferEncoding.toLowerCase().endsWith("chunked")) {
                throw new MalformedRequestException("unsupported Transfer-Encoding: " + transferEncoding);
            }
            return readChunked();
        }
        String contentLength = first(headers, "Content-Length");
        if (contentLength == null) {
            return new byte[0];
        }
        int length;
        try {
            length = Integer.parseInt(contentLength.strip());
        } catch (NumberFormatException e) {
            throw new MalformedRequestException("malformed Content-Length: " + contentLength);
        }
        if (length < 0) {
            throw new MalformedRequestException("malformed Content-Length: " + contentLength);
        }
        return readExactly(length);
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(false);
            int extension = sizeLine.indexOf(';');
            String size = (extension < 0 ? sizeLine : sizeLine.substring(0, extension)).strip();
            int length;
            try {
                length = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                throw new MalformedRequestException("malformed chunk size: " + sizeLine);
            }
            if (length < 0) {
                throw new MalformedRequestException("malformed chunk size: " + sizeLine);
            }
            if (length == 0) {
                // Trailer fields, if any, up to the empty line: read and dropped.
                while (!readLine(false).isEmpty()) {
                    continue;
                }
                return body.toByteArray();
            }
            body.write(readExactly(length));
            if (!readLine(false).isEmpty()) {
                throw new MalformedRequestException("a chunk is longer than its size line says");
            }
        }
    }

    private byte[] readExactly(int length) throws IOException {
        byte[] bytes = new byte[length];
        int buffered = Math.min(length, limit - position);
        System.arraycopy(buffer, position, bytes, 0, buffered);
        position += buffered;
        int read = buffered;
        while (read < length) {
            int count = in.read(bytes, read, length - read);
            if (count < 0) {
                throw new EOFException("the connection closed after " + read + " of " + length + " body bytes");
            }
            read += count;
        }
        return bytes;
    }

    /** The next byte, or -1 at the end of the stream. */
    private int next() throws IOException {
        if (position == limit) {
            int count = in.read(buffer, 0, BUFFER);
            if (count <= 0) {
                return -1;
            }
            position = 0;
            limit = count;
        }
        return buffer[position++] & 0xff;
    }

    /** One line without its CRLF (a bare LF is accepted too); null at end of stream before any byte when allowed. */
    private String readLine(boolean endAllowed) throws IOException {
        int length = 0;
        while (true) {
            int b = next();
            if (b < 0) {
                if (length == 0 && endAllowed) {
                    return null;
                }
                throw new EOFException("the connection closed in the middle of a request");
            }
            if (b == '\n') {
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return new String(line, 0, length, StandardCharsets.ISO_8859_1);
            }
            if (length == MAX_LINE) {
                throw new MalformedRequestException("a request line or header field is longer than " + MAX_LINE + " bytes");
            }
            line[length++] = (byte) b;
        }
    }

    /** An absolute-form target ({@code http://host/path}, as sent to proxies) as its path and query. */
    private static String originForm(String target) {
        if (target.startsWith("/") || target.equals("*")) {
            return target;
        }
        int scheme = target.indexOf("://");
        if (scheme < 0) {
            return target;
        }
        int path = target.indexOf('/', scheme + 3);
        return path < 0 ? "/" : target.substring(path);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}

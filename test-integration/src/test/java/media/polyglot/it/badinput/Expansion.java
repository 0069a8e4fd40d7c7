package media.polyglot.it.badinput;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Turns a corpus file's text into the bytes sent, so that huge and binary cases stay small, readable files:
 * {@code {{repeat:TEXT:N}}} writes TEXT N times (TEXT runs to the last colon), {@code {{bytes:ED A0 80}}} writes
 * raw bytes that are no valid UTF-8 text, and {@code {{uuid}}} a fresh id, so that no two cases share an event id
 * (a reused id with another payload is a failure of its own).
 */
final class Expansion {

    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";

    private Expansion() {
    }

    static byte[] expand(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        int at = 0;
        while (true) {
            int open = text.indexOf(OPEN + "repeat:", at);
            open = earliest(open, text.indexOf(OPEN + "bytes:", at));
            open = earliest(open, text.indexOf(OPEN + "uuid" + CLOSE, at));
            if (open < 0) {
                out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
                return out.toByteArray();
            }
            out.writeBytes(text.substring(at, open).getBytes(StandardCharsets.UTF_8));
            int close = text.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                throw new IllegalArgumentException("directive at " + open + " is not closed with }}");
            }
            directive(text.substring(open + OPEN.length(), close), out);
            at = close + CLOSE.length();
        }
    }

    private static void directive(String directive, ByteArrayOutputStream out) {
        if (directive.equals("uuid")) {
            out.writeBytes(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        } else if (directive.startsWith("bytes:")) {
            out.writeBytes(HexFormat.of().parseHex(directive.substring("bytes:".length()).replace(" ", "")));
        } else {
            String body = directive.substring("repeat:".length());
            int colon = body.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("{{" + directive + "}} needs a count: {{repeat:TEXT:N}}");
            }
            byte[] unit = body.substring(0, colon).getBytes(StandardCharsets.UTF_8);
            int count = Integer.parseInt(body.substring(colon + 1));
            for (int i = 0; i < count; i++) {
                out.writeBytes(unit);
            }
        }
    }

    private static int earliest(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}

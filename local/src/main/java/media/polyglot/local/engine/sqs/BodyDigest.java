package media.polyglot.local.engine.sqs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The MD5 of a message body, as SQS answers carry it ({@code MD5OfMessageBody}, {@code md5OfBody}). */
public final class BodyDigest {

    private BodyDigest() {
    }

    public static String md5(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no MD5, which SQS answers carry", e);
        }
    }
}

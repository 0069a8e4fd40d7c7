package media.polyglot.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A claim check for a body (an article, a translation): where to fetch it, its size and its hash.
 * Bodies never travel in events, so every event stays far below EventBridge's entry limit however
 * long the article is, and a consumer can verify what it fetched.
 *
 * @param uri       where the body is: {@code polyglot://<context>/...} for ours (resolved by that
 *                  context's read API), {@code https://...} for a partner's delivery
 * @param sizeBytes the body's size in bytes
 * @param sha256    SHA-256 of the body's bytes, lower-case hex
 */
public record BodyReference(String uri, long sizeBytes, String sha256) {

    private static final String NAME = "BodyReference";

    public BodyReference {
        Require.text(NAME, "uri", uri);
        Require.text(NAME, "sha256", sha256);
        if (sizeBytes < 0) {
            throw new IllegalArgumentException(NAME + ".sizeBytes must be 0 or more, was " + sizeBytes);
        }
    }

    /** The claim check for {@code body}'s bytes, kept at {@code uri}. */
    public static BodyReference of(String uri, byte[] body) {
        return new BodyReference(uri, body.length, HexFormat.of().formatHex(sha256(body)));
    }

    /** The claim check for a text body, measured and hashed as UTF-8. */
    public static BodyReference ofText(String uri, String body) {
        return of(uri, body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}

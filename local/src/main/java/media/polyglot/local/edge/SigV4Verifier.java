package media.polyglot.local.edge;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a request's AWS Signature Version 4 as AWS does: recomputes the canonical request, the
 * string to sign and the signature from the secret of the access key the credential names, and
 * refuses a request signed more than fifteen minutes away from now. Answers why a request fails,
 * in AWS's words, or nothing when it is good.
 */
public final class SigV4Verifier {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request,\\s*SignedHeaders=([^,]+),\\s*Signature=([0-9a-f]{64})");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Duration ALLOWED_SKEW = Duration.ofMinutes(15);

    private final Map<String, String> secretsByAccessKey;
    private final Clock clock;

    public SigV4Verifier(Map<String, String> secretsByAccessKey, Clock clock) {
        this.secretsByAccessKey = Map.copyOf(secretsByAccessKey);
        this.clock = clock;
    }

    /** Why the request's signature is not good for {@code service}, or empty when it is. */
    public Optional<String> problem(AwsRequest request, String service) {
        // Checks run in the order AWS reports them: the header, the key, the scope, the time, the body, the signature.
        String authorization = request.header("Authorization");
        Matcher header = authorization == null ? null : AUTHORIZATION.matcher(authorization);
        if (header == null || !header.find()) {
            return Optional.of("Missing or malformed SigV4 Authorization header");
        }
        String secret = secretsByAccessKey.get(header.group(1));
        if (secret == null) {
            return Optional.of("The security token included in the request is invalid.");
        }
        if (!header.group(4).equals(service)) {
            return Optional.of("Credential should be scoped to correct service: '" + service + "'.");
        }
        String amzDate = request.header("X-Amz-Date");
        Instant signedAt;
        try {
            signedAt = Instant.from(AMZ_DATE.parse(String.valueOf(amzDate)));
        } catch (DateTimeParseException e) {
            return Optional.of("Missing or malformed X-Amz-Date header");
        }
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(ALLOWED_SKEW) > 0) {
            return Optional.of("Signature expired: " + amzDate + " is now earlier or later than 15 minutes from now");
        }
        String declaredHash = request.header("X-Amz-Content-Sha256");
        if (declaredHash != null && !declaredHash.equals("UNSIGNED-PAYLOAD")
                && !declaredHash.equals(sha256Hex(request.body()))) {
            return Optional.of("The provided 'x-amz-content-sha256' header does not match what was computed.");
        }
        String scope = header.group(2) + "/" + header.group(3) + "/" + service + "/aws4_request";
        for (String path : List.of(encodePath(request.path()), request.path())) {
            String canonical = canonicalRequest(request, path, header.group(5));
            String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
            byte[] key = signingKey(secret, header.group(2), header.group(3), service);
            if (HexFormat.of().formatHex(hmac(key, toSign)).equals(header.group(6))) {
                return Optional.empty();
            }
        }
        return Optional.of("The request signature we calculated does not match the signature you provided.");
    }

    private static String canonicalRequest(AwsRequest request, String path, String signedHeaders) {
        StringBuilder canonical = new StringBuilder(request.method()).append('\n').append(path).append('\n')
                .append(canonicalQuery(request.query())).append('\n');
        for (String name : signedHeaders.split(";")) {
            List<String> values = request.headers().getOrDefault(name, List.of());
            canonical.append(name).append(':')
                    .append(String.join(",", values.stream().map(v -> v.trim().replaceAll("\\s+", " ")).toList()))
                    .append('\n');
        }
        String payloadHash = request.header("X-Amz-Content-Sha256");
        return canonical.append('\n').append(signedHeaders).append('\n')
                .append(payloadHash != null ? payloadHash : sha256Hex(request.body())).toString();
    }

    private static String canonicalQuery(String query) {
        if (query.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            pairs.add(encode(URLDecoder.decode(parts[0], StandardCharsets.UTF_8)) + "="
                    + encode(parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : ""));
        }
        pairs.sort(null);
        return String.join("&", pairs);
    }

    /** Every service but S3 signs the path encoded once more than it travels. */
    private static String encodePath(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/", -1)) {
            segments.add(encode(segment));
        }
        return String.join("/", segments);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    private static byte[] signingKey(String secret, String date, String region, String service) {
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        return hmac(key, "aws4_request");
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    private static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

package media.polyglot.local.edge;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credential scope of a SigV4-signed request: access key, date, region and service. The edge
 * routes on the service, the way AWS's own endpoints know what a request is for.
 */
public record SigV4Scope(String accessKeyId, String date, String region, String service) {

    private static final Pattern CREDENTIAL =
            Pattern.compile("Credential=([^/,\\s]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request");

    /** The scope of an {@code Authorization: AWS4-HMAC-SHA256 Credential=...} header, if it has one. */
    public static Optional<SigV4Scope> fromAuthorization(String authorization) {
        if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256")) {
            return Optional.empty();
        }
        Matcher matcher = CREDENTIAL.matcher(authorization);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new SigV4Scope(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4)));
    }
}

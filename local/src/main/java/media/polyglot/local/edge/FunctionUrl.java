package media.polyglot.local.edge;

import java.util.Objects;

/**
 * A Function URL as the template declares it.
 *
 * @param urlId        stands in for the URL's generated host prefix
 * @param context      the bounded context the function belongs to (its {@code polyglot:context} tag), for display
 * @param iamAuth      true for AuthType AWS_IAM, false for NONE
 */
public record FunctionUrl(String urlId, String functionName, String context, boolean iamAuth) {

    public FunctionUrl {
        Objects.requireNonNull(urlId, "urlId");
        Objects.requireNonNull(functionName, "functionName");
    }
}

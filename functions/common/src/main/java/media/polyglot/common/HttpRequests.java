package media.polyglot.common;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads what a Function URL hands a function (payload format 2.0). */
public final class HttpRequests {

    private HttpRequests() {
    }

    /** The body as text; Function URLs base64-encode bodies they do not consider text. */
    public static String body(APIGatewayV2HTTPEvent request) {
        String body = request.getBody();
        if (body == null) {
            return "";
        }
        return request.getIsBase64Encoded() ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
    }

    public static String method(APIGatewayV2HTTPEvent request) {
        return request.getRequestContext().getHttp().getMethod();
    }
}

package media.polyglot.common;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import media.polyglot.events.EventJson;

/**
 * Function URL answers as JSON. Errors follow one shape everywhere:
 * {@code {"code": "...", "message": "..."}} with the matching status.
 */
public final class HttpResponses {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    private HttpResponses() {
    }

    public static APIGatewayV2HTTPResponse json(int status, Object body) {
        try {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(status)
                    .withHeaders(JSON)
                    .withBody(EventJson.mapper().writeValueAsString(body))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render response body " + body.getClass().getName(), e);
        }
    }

    public static APIGatewayV2HTTPResponse error(int status, String code, String message) {
        return json(status, Map.of("code", code, "message", message));
    }
}

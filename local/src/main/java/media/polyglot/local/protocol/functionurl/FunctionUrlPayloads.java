package media.polyglot.local.protocol.functionurl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import media.polyglot.local.edge.AwsRequest;
import media.polyglot.local.edge.AwsResponse;

/**
 * Function URLs' wire format (payload format 2.0, the one API Gateway HTTP APIs use): an HTTP
 * request becomes the event a function receives, and the function's answer becomes the HTTP
 * response. Holds no state.
 */
public final class FunctionUrlPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private FunctionUrlPayloads() {
    }

    /** The event for one request; header names lower-cased and repeated values comma-joined, as Lambda does. */
    public static byte[] event(AwsRequest request, String urlId, String accountId, Instant now) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", request.path());
        event.put("rawQueryString", request.query());
        ObjectNode headers = event.putObject("headers");
        request.headers().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        Map<String, String> query = queryParameters(request.query());
        if (!query.isEmpty()) {
            ObjectNode parameters = event.putObject("queryStringParameters");
            query.forEach(parameters::put);
        }
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", accountId);
        context.put("apiId", urlId);
        context.put("domainName", urlId + ".lambda-url.local");
        context.put("domainPrefix", urlId);
        ObjectNode http = context.putObject("http");
        http.put("method", request.method());
        http.put("path", request.path());
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", "127.0.0.1");
        http.put("userAgent", String.valueOf(request.header("User-Agent")));
        context.put("requestId", UUID.randomUUID().toString());
        context.put("routeKey", "$default");
        context.put("stage", "$default");
        context.put("time", REQUEST_TIME.format(now));
        context.put("timeEpoch", now.toEpochMilli());
        boolean text = isUtf8(request.body());
        if (request.body().length > 0) {
            event.put("body", text ? request.bodyAsString() : Base64.getEncoder().encodeToString(request.body()));
        }
        event.put("isBase64Encoded", !text);
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The HTTP response for a function's answer: a {@code statusCode} object is taken as a
     * response; any other JSON is the body of a 200, as Function URLs infer it.
     */
    public static AwsResponse response(byte[] payload) {
        JsonNode answer;
        try {
            answer = JSON.readTree(payload);
        } catch (IOException e) {
            return new AwsResponse(200, "application/json", payload, Map.of());
        }
        if (answer == null || !answer.isObject() || !answer.has("statusCode")) {
            return new AwsResponse(200, "application/json", payload, Map.of());
        }
        Map<String, String> headers = new HashMap<>();
        answer.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
        String contentType = headers.remove("Content-Type");
        if (contentType == null) {
            contentType = headers.remove("content-type");
        }
        String body = answer.path("body").asText("");
        byte[] bytes = answer.path("isBase64Encoded").asBoolean(false)
                ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        return new AwsResponse(answer.path("statusCode").asInt(200), contentType, bytes, headers);
    }

    /** What a Function URL answers when the function itself failed. */
    public static AwsResponse functionError() {
        return AwsResponse.of(502, "application/json", "{\"Message\":\"Internal Server Error\"}");
    }

    private static Map<String, String> queryParameters(String query) {
        Map<String, String> parameters = new HashMap<>();
        if (query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            List<String> parts = List.of(pair.split("=", 2));
            String name = URLDecoder.decode(parts.get(0), StandardCharsets.UTF_8);
            String value = parts.size() > 1 ? URLDecoder.decode(parts.get(1), StandardCharsets.UTF_8) : "";
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

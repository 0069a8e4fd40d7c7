package media.polyglot.local.protocol.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import media.polyglot.local.edge.AwsRequest;
import media.polyglot.local.edge.AwsResponse;
import media.polyglot.local.edge.ServiceEndpoint;
import media.polyglot.local.engine.lambda.FunctionSpec;
import media.polyglot.local.engine.lambda.InvocationResult;
import media.polyglot.local.engine.lambda.LambdaHost;

/**
 * Lambda's REST-JSON API on the edge: Invoke (RequestResponse, Event, DryRun), ListFunctions,
 * GetFunction and GetFunctionConfiguration, with Lambda's error shape
 * ({@code x-amzn-ErrorType} and {@code {"Type": ..., "message": ...}}).
 */
public final class LambdaProtocol implements ServiceEndpoint {

    private static final Pattern FUNCTION = Pattern.compile("^/2015-03-31/functions/([^/]+)(/invocations|/configuration)?/?$");
    private static final String LIST = "/2015-03-31/functions";
    private static final String JSON_TYPE = "application/json";

    private final ObjectMapper json = new ObjectMapper();
    private final LambdaHost functions;
    private final Executor asyncInvocations;

    public LambdaProtocol(LambdaHost functions, Executor asyncInvocations) {
        this.functions = functions;
        this.asyncInvocations = asyncInvocations;
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        if (request.method().equals("GET") && (request.path().equals(LIST) || request.path().equals(LIST + "/"))) {
            return listFunctions();
        }
        Matcher matcher = FUNCTION.matcher(request.path());
        if (!matcher.matches()) {
            return error(404, "UnknownOperationException", "the local runtime does not serve " + request.method() + " "
                    + request.path() + "; it serves Invoke, ListFunctions, GetFunction and GetFunctionConfiguration");
        }
        String name = nameOf(URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8));
        Optional<FunctionSpec> spec = functions.functions().stream().filter(f -> f.name().equals(name)).findFirst();
        if (spec.isEmpty()) {
            return error(404, "ResourceNotFoundException", "Function not found: " + functions.arnOf(name));
        }
        String operation = matcher.group(2);
        if ("/invocations".equals(operation) && request.method().equals("POST")) {
            return invoke(name, request);
        }
        if (operation == null && request.method().equals("GET")) {
            ObjectNode function = json.createObjectNode();
            function.set("Configuration", FunctionConfiguration.of(spec.get(), functions.arnOf(name)));
            function.putObject("Code").put("RepositoryType", "S3").put("Location", spec.get().classpath().get(0).toUri().toString());
            return AwsResponse.of(200, JSON_TYPE, function.toString());
        }
        if ("/configuration".equals(operation) && request.method().equals("GET")) {
            return AwsResponse.of(200, JSON_TYPE, FunctionConfiguration.of(spec.get(), functions.arnOf(name)).toString());
        }
        return error(405, "UnknownOperationException", request.method() + " is not allowed on " + request.path());
    }

    private AwsResponse invoke(String name, AwsRequest request) {
        String type = Optional.ofNullable(request.header("X-Amz-Invocation-Type")).orElse("RequestResponse");
        switch (type) {
            case "DryRun":
                return new AwsResponse(204, null, new byte[0], Map.of());
            case "Event":
                asyncInvocations.execute(() -> invokeQuietly(name, request.body()));
                return new AwsResponse(202, null, new byte[0], Map.of());
            case "RequestResponse":
                break;
            default:
                return error(400, "InvalidParameterValueException", "Invalid invocation type: " + type
                        + "; Lambda takes RequestResponse, Event or DryRun");
        }
        try {
            InvocationResult result = functions.invoke(name, request.body());
            if (result.failed()) {
                return new AwsResponse(200, JSON_TYPE, result.error().body(),
                        Map.of("X-Amz-Function-Error", "Unhandled", "X-Amz-Executed-Version", "$LATEST"));
            }
            return new AwsResponse(200, JSON_TYPE, result.payload(), Map.of("X-Amz-Executed-Version", "$LATEST"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(503, "ServiceException", "the runtime is stopping");
        }
    }

    private void invokeQuietly(String name, byte[] payload) {
        try {
            functions.invoke(name, payload);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private AwsResponse listFunctions() {
        ObjectNode response = json.createObjectNode();
        var list = response.putArray("Functions");
        functions.functions().forEach(spec -> list.add(FunctionConfiguration.of(spec, functions.arnOf(spec.name()))));
        return AwsResponse.of(200, JSON_TYPE, response.toString());
    }

    /** The name in any of Lambda's forms: name[:qualifier], account:function:name[:qualifier], or the ARN. */
    private static String nameOf(String nameOrArn) {
        String[] parts = nameOrArn.split(":");
        if (nameOrArn.startsWith("arn:") && parts.length >= 7) {
            return parts[6];
        }
        if (parts.length >= 3 && parts[1].equals("function")) {
            return parts[2];
        }
        return parts[0];
    }

    private AwsResponse error(int status, String code, String message) {
        ObjectNode body = json.createObjectNode().put("Type", "User").put("message", message);
        return new AwsResponse(status, JSON_TYPE, body.toString().getBytes(StandardCharsets.UTF_8),
                Map.of("x-amzn-ErrorType", code));
    }
}

package media.polyglot.local.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Map;
import media.polyglot.local.edge.FunctionUrl;
import media.polyglot.local.edge.FunctionUrlServer;
import media.polyglot.local.edge.SigV4Verifier;
import media.polyglot.local.template.Resource;

/** {@code AWS::Lambda::Url}: an HTTP port in front of the function, with its auth type. */
final class FunctionUrlType implements ResourceType {

    /** The tag infra puts on every function, naming its bounded context. */
    static final String CONTEXT_TAG = "polyglot:context";

    @Override
    public String type() {
        return "AWS::Lambda::Url";
    }

    @Override
    public void name(Resource resource, StackContext stack) {
        // The URL is known once its port is open; until then only the function's ARN is.
    }

    @Override
    public void start(Resource resource, StackContext stack) {
        String functionArn = stack.text(resource, "TargetFunctionArn");
        String functionName = functionArn.substring(functionArn.lastIndexOf(':') + 1);
        FunctionUrl url = new FunctionUrl(resource.logicalId().toLowerCase(), functionName,
                contextOf(functionName, stack), "AWS_IAM".equals(stack.text(resource, "AuthType")));
        SigV4Verifier signatures = new SigV4Verifier(
                Map.of(stack.settings().accessKeyId(), stack.settings().secretAccessKey()), Clock.systemUTC());
        FunctionUrlServer server = FunctionUrlServer.start(url, stack.engines().functions(), signatures,
                stack.accountId(), Clock.systemUTC(), stack.engines().hops());
        stack.served(server);
        stack.physical().define(resource.logicalId(), functionArn,
                Map.of("FunctionUrl", server.url().toString(), "FunctionArn", functionArn));
    }

    /** The function's {@code polyglot:context} tag, or its name when it has none. */
    private static String contextOf(String functionName, StackContext stack) {
        for (Resource function : stack.template().resources().values()) {
            if (function.type().equals("AWS::Lambda::Function")
                    && stack.physical().ref(function.logicalId()).equals(functionName)) {
                for (JsonNode tag : function.property("Tags")) {
                    if (CONTEXT_TAG.equals(tag.path("Key").asText())) {
                        return tag.path("Value").asText();
                    }
                }
            }
        }
        return functionName;
    }
}

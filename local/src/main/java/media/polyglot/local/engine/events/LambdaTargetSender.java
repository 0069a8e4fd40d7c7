package media.polyglot.local.engine.events;

import java.nio.charset.StandardCharsets;
import media.polyglot.local.engine.lambda.InvocationResult;
import media.polyglot.local.engine.lambda.LambdaHost;
import media.polyglot.local.engine.lambda.UnknownFunctionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers to Lambda functions. EventBridge invokes a function asynchronously: delivery succeeds
 * once Lambda accepts the event, and a function error is the function's own to retry, so it is
 * logged here, not retried by the rule.
 */
public final class LambdaTargetSender implements TargetSender {

    private static final Logger LOG = LoggerFactory.getLogger(LambdaTargetSender.class);

    private final LambdaHost functions;

    public LambdaTargetSender(LambdaHost functions) {
        this.functions = functions;
    }

    @Override
    public boolean handles(String targetArn) {
        return targetArn.startsWith("arn:aws:lambda:");
    }

    @Override
    public void send(Delivery delivery) {
        String functionName = delivery.target().arn().substring(delivery.target().arn().lastIndexOf(':') + 1);
        try {
            InvocationResult result = functions.invoke(functionName, delivery.payload().getBytes(StandardCharsets.UTF_8));
            if (result.failed()) {
                LOG.warn("{} failed on event {} from rule {}: {} {}", functionName, delivery.event().path("id").asText(),
                        delivery.rule().name(), result.error().errorType(), result.error().errorMessage());
            }
        } catch (UnknownFunctionException e) {
            throw new TargetRefusedException(TargetRefusedException.NO_RESOURCE, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while invoking " + functionName, e);
        }
    }
}

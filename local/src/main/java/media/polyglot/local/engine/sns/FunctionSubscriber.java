package media.polyglot.local.engine.sns;

import media.polyglot.local.engine.lambda.InvocationResult;
import media.polyglot.local.engine.lambda.LambdaHost;
import media.polyglot.local.engine.lambda.UnknownFunctionException;

/** Delivers notifications to Lambda functions on the Lambda host, as the SNS event of one record. */
final class FunctionSubscriber {

    /** In {@code arn:aws:lambda:region:account:function:name[:qualifier]}, the index of the name. */
    private static final int NAME_PART = 6;

    private final LambdaHost functions;
    private final NotificationJson json;

    FunctionSubscriber(LambdaHost functions, NotificationJson json) {
        this.functions = functions;
        this.json = json;
    }

    void deliver(Subscription subscription, Notification notification) throws InterruptedException {
        String[] parts = subscription.endpoint().split(":");
        String name = parts.length > NAME_PART ? parts[NAME_PART] : subscription.endpoint();
        InvocationResult result;
        try {
            result = functions.invoke(name, json.functionEvent(notification, subscription));
        } catch (UnknownFunctionException e) {
            throw new EndpointGoneException("function " + name + " does not exist", e);
        }
        if (result.failed()) {
            throw new FunctionFailedException(name, result.error());
        }
    }
}

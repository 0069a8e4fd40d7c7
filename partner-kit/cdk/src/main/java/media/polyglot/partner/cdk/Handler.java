package media.polyglot.partner.cdk;

import java.util.List;
import java.util.Objects;
import media.polyglot.partner.consumer.HandledType;
import media.polyglot.partner.consumer.PolyglotConsumer;
import software.amazon.awscdk.services.lambda.Code;

/**
 * The partner's function code and the handler in it.
 *
 * @param code         the function's code, for example {@code Code.fromAsset("handler/target/handler.jar")}
 * @param handler      Lambda's handler string, {@code package.Class::handleRequest}
 * @param handlerClass the handler's class, whose record ({@code PolyglotConsumer<R>}) is checked against the
 *                     subscribed detail-types at synth; null for a handler named by string only
 */
public record Handler(Code code, String handler, Class<?> handlerClass) {

    public Handler {
        Objects.requireNonNull(code, "handler code");
        if (handler == null || handler.isBlank()) {
            throw new IllegalArgumentException("handler: Lambda's handler string, package.Class::handleRequest");
        }
        if (handlerClass != null) {
            HandledType.of(handlerClass);
        }
    }

    /** A handler class extending {@link PolyglotConsumer}: its record is checked against the subscription at synth. */
    public static Handler typed(Code code, Class<? extends PolyglotConsumer<?>> handlerClass) {
        return new Handler(code, handlerClass.getName() + "::handleRequest", handlerClass);
    }

    /** A handler named by string only (its class need not be on the CDK app's classpath): nothing to check. */
    public static Handler named(Code code, String handler) {
        return new Handler(code, handler, null);
    }

    /** Throws naming the detail-types a typed handler cannot read; a handler named by string is not checked. */
    void requireHandles(List<String> detailTypes) {
        if (handlerClass != null) {
            HandledType.requireHandles(handlerClass, HandledType.of(handlerClass), detailTypes);
        }
    }
}

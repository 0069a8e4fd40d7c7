package media.polyglot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A change to the synthesized template before it runs, the way a stage's configuration changes it: for
 * example the sandbox vendor's decline rate. Targets that run a template (embedded, LocalStack) apply it; a
 * deployed stack is what it is.
 */
@FunctionalInterface
interface TemplateEdit {

    TemplateEdit NONE = template -> { };

    void apply(ObjectNode template);

    default TemplateEdit andThen(TemplateEdit next) {
        return template -> {
            apply(template);
            next.apply(template);
        };
    }

    /** Sets a property of the resource whose logical id starts with {@code logicalIdPrefix}. */
    static TemplateEdit property(String logicalIdPrefix, String property, int value) {
        return template -> ((ObjectNode) StackTemplate.resource(template, logicalIdPrefix).getValue().path("Properties"))
                .put(property, value);
    }

    /** Sets an environment variable of the function whose logical id starts with {@code functionLogicalIdPrefix}. */
    static TemplateEdit functionEnvironment(String functionLogicalIdPrefix, String variable, String value) {
        return template -> {
            JsonNode function = StackTemplate.resource(template, functionLogicalIdPrefix).getValue();
            ((ObjectNode) function.path("Properties").path("Environment").path("Variables")).put(variable, value);
        };
    }
}

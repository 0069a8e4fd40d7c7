package media.polyglot.local.engine.dynamodb.expression;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document path as written in an expression: a top-level name, then {@code .name} and
 * {@code [index]} steps. Names are kept as written, {@code #placeholders} unresolved, so a parsed
 * expression does not depend on the request's ExpressionAttributeNames.
 */
public record AttributePath(List<Element> elements) {

    /** One step of a path. */
    public sealed interface Element permits Field, Index {
    }

    /** A map key or top-level attribute name, or a {@code #name} placeholder standing for one. */
    public record Field(String token) implements Element {

        public boolean isPlaceholder() {
            return token.startsWith("#");
        }
    }

    /** A position in a list. */
    public record Index(int position) implements Element {
    }

    public AttributePath {
        elements = List.copyOf(elements);
        if (elements.isEmpty() || !(elements.get(0) instanceof Field)) {
            throw new IllegalArgumentException("A document path starts with an attribute name: " + elements);
        }
    }

    public boolean isTopLevel() {
        return elements.size() == 1;
    }

    @Override
    public String toString() {
        return elements.stream()
                .map(element -> element instanceof Field field ? "." + field.token() : "[" + ((Index) element).position() + "]")
                .collect(Collectors.joining())
                .substring(1);
    }
}

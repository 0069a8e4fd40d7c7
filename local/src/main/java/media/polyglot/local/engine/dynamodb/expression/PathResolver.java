package media.polyglot.local.engine.dynamodb.expression;

import java.util.List;
import java.util.Optional;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.Item;
import media.polyglot.local.engine.dynamodb.value.ListValue;
import media.polyglot.local.engine.dynamodb.value.MapValue;

/** Finds the value a document path points at in an item; a step that does not lead anywhere finds nothing. */
final class PathResolver {

    private PathResolver() {
    }

    static Optional<AttributeValue> resolve(AttributePath path, Item item, ExpressionAttributes attributes) {
        List<AttributePath.Element> elements = path.elements();
        Optional<AttributeValue> current = item.get(attributes.name((AttributePath.Field) elements.get(0)));
        for (AttributePath.Element element : elements.subList(1, elements.size())) {
            current = current.flatMap(value -> step(value, element, attributes));
        }
        return current;
    }

    private static Optional<AttributeValue> step(AttributeValue value, AttributePath.Element element,
                                                 ExpressionAttributes attributes) {
        if (element instanceof AttributePath.Field field && value instanceof MapValue map) {
            return Optional.ofNullable(map.value().get(attributes.name(field)));
        }
        if (element instanceof AttributePath.Index index && value instanceof ListValue list
                && index.position() < list.value().size()) {
            return Optional.of(list.value().get(index.position()));
        }
        return Optional.empty();
    }
}

package media.polyglot.local.engine.dynamodb.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import media.polyglot.local.engine.dynamodb.ValidationException;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.Item;
import media.polyglot.local.engine.dynamodb.value.ListValue;
import media.polyglot.local.engine.dynamodb.value.MapValue;

/**
 * Writes into a document at a path, returning a new item: every step but the last must exist and
 * have the right shape (a map for a key, a list for a position). Setting a list position past the
 * end appends, as "Update expressions" in the Developer Guide describes.
 */
final class DocumentEditor {

    private DocumentEditor() {
    }

    /** The item with the value at {@code path} replaced by {@code change} applied to what is there (empty if nothing). */
    static Item change(Item item, DocumentPath path, UnaryOperator<Optional<AttributeValue>> change) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(item.attributes());
        String name = path.topLevelName();
        Optional<AttributeValue> current = Optional.ofNullable(attributes.get(name));
        Optional<AttributeValue> changed = path.steps().size() == 1 ? change.apply(current)
                : Optional.of(descend(current.orElseThrow(DocumentEditor::invalidPath), path.steps(), 1, change));
        changed.ifPresentOrElse(value -> attributes.put(name, value), () -> attributes.remove(name));
        return new Item(attributes);
    }

    static Optional<AttributeValue> read(Item item, DocumentPath path) {
        Optional<AttributeValue> current = item.get(path.topLevelName());
        for (DocumentPath.Step step : path.steps().subList(1, path.steps().size())) {
            current = current.flatMap(value -> child(value, step));
        }
        return current;
    }

    private static AttributeValue descend(AttributeValue container, List<DocumentPath.Step> steps, int index,
                                          UnaryOperator<Optional<AttributeValue>> change) {
        DocumentPath.Step step = steps.get(index);
        boolean last = index == steps.size() - 1;
        if (step instanceof DocumentPath.Key key && container instanceof MapValue map) {
            Map<String, AttributeValue> entries = new LinkedHashMap<>(map.value());
            Optional<AttributeValue> current = Optional.ofNullable(entries.get(key.name()));
            Optional<AttributeValue> changed = last ? change.apply(current)
                    : Optional.of(descend(current.orElseThrow(DocumentEditor::invalidPath), steps, index + 1, change));
            changed.ifPresentOrElse(value -> entries.put(key.name(), value), () -> entries.remove(key.name()));
            return new MapValue(entries);
        }
        if (step instanceof DocumentPath.Position position && container instanceof ListValue list) {
            List<AttributeValue> elements = new ArrayList<>(list.value());
            int at = position.index();
            Optional<AttributeValue> current = at < elements.size() ? Optional.of(elements.get(at)) : Optional.empty();
            Optional<AttributeValue> changed = last ? change.apply(current)
                    : Optional.of(descend(current.orElseThrow(DocumentEditor::invalidPath), steps, index + 1, change));
            if (changed.isEmpty()) {
                if (at < elements.size()) {
                    elements.remove(at);
                }
            } else if (at < elements.size()) {
                elements.set(at, changed.get());
            } else {
                elements.add(changed.get());
            }
            return new ListValue(elements);
        }
        throw invalidPath();
    }

    private static Optional<AttributeValue> child(AttributeValue value, DocumentPath.Step step) {
        if (step instanceof DocumentPath.Key key && value instanceof MapValue map) {
            return Optional.ofNullable(map.value().get(key.name()));
        }
        if (step instanceof DocumentPath.Position position && value instanceof ListValue list
                && position.index() < list.value().size()) {
            return Optional.of(list.value().get(position.index()));
        }
        return Optional.empty();
    }

    private static ValidationException invalidPath() {
        return new ValidationException("The document path provided in the update expression is invalid for update");
    }
}

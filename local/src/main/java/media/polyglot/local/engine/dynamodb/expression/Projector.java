package media.polyglot.local.engine.dynamodb.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.Item;
import media.polyglot.local.engine.dynamodb.value.ListValue;
import media.polyglot.local.engine.dynamodb.value.MapValue;

/**
 * Cuts an item down to some document paths, as a ProjectionExpression does: nested maps keep only
 * the keys asked for, lists only the positions asked for (in position order), and a path that
 * leads nowhere contributes nothing.
 */
public final class Projector {

    /** The paths asked for, merged into a tree: a node without children takes the whole value. */
    private static final class Node {
        final Map<String, Node> keys = new LinkedHashMap<>();
        final TreeMap<Integer, Node> positions = new TreeMap<>();
        boolean whole;
    }

    private Projector() {
    }

    public static Item project(Item item, List<DocumentPath> paths) {
        Node root = new Node();
        for (DocumentPath path : paths) {
            Node node = root;
            for (DocumentPath.Step step : path.steps()) {
                node = step instanceof DocumentPath.Key key ? node.keys.computeIfAbsent(key.name(), k -> new Node())
                        : node.positions.computeIfAbsent(((DocumentPath.Position) step).index(), k -> new Node());
            }
            node.whole = true;
        }
        Map<String, AttributeValue> projected = new LinkedHashMap<>();
        item.attributes().forEach((name, value) -> {
            Node node = root.keys.get(name);
            if (node != null) {
                cut(value, node).ifPresent(kept -> projected.put(name, kept));
            }
        });
        return new Item(projected);
    }

    private static Optional<AttributeValue> cut(AttributeValue value, Node node) {
        if (node.whole) {
            return Optional.of(value);
        }
        if (!node.keys.isEmpty() && value instanceof MapValue map) {
            Map<String, AttributeValue> kept = new LinkedHashMap<>();
            map.value().forEach((key, member) -> {
                Node child = node.keys.get(key);
                if (child != null) {
                    cut(member, child).ifPresent(cutMember -> kept.put(key, cutMember));
                }
            });
            return kept.isEmpty() ? Optional.empty() : Optional.of(new MapValue(kept));
        }
        if (!node.positions.isEmpty() && value instanceof ListValue list) {
            List<AttributeValue> kept = new ArrayList<>();
            node.positions.forEach((position, child) -> {
                if (position < list.value().size()) {
                    cut(list.value().get(position), child).ifPresent(kept::add);
                }
            });
            return kept.isEmpty() ? Optional.empty() : Optional.of(new ListValue(kept));
        }
        return Optional.empty();
    }
}

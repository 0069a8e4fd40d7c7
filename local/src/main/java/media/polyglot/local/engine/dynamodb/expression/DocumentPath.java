package media.polyglot.local.engine.dynamodb.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A document path with its placeholders resolved to attribute names: what an update writes or a
 * projection reads. Rendered as DynamoDB's errors show paths, {@code [a, b, [1]]}.
 */
public record DocumentPath(List<Step> steps) {

    /** One step: a map key (or the top-level attribute name) or a list position. */
    public sealed interface Step permits Key, Position {
    }

    public record Key(String name) implements Step {
    }

    public record Position(int index) implements Step {
    }

    public DocumentPath {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || !(steps.get(0) instanceof Key)) {
            throw new IllegalArgumentException("A document path starts with an attribute name: " + steps);
        }
    }

    /** The path as written, with each {@code #name} replaced by the name it stands for. */
    public static DocumentPath resolve(AttributePath path, ExpressionAttributes attributes) {
        List<Step> steps = new ArrayList<>();
        for (AttributePath.Element element : path.elements()) {
            steps.add(element instanceof AttributePath.Field field ? new Key(attributes.name(field))
                    : new Position(((AttributePath.Index) element).position()));
        }
        return new DocumentPath(steps);
    }

    public static DocumentPath of(String topLevelName) {
        return new DocumentPath(List.of(new Key(topLevelName)));
    }

    public String topLevelName() {
        return ((Key) steps.get(0)).name();
    }

    /** Whether one path is the other or leads into it. */
    boolean overlaps(DocumentPath other) {
        int shared = Math.min(steps.size(), other.steps.size());
        return steps.subList(0, shared).equals(other.steps.subList(0, shared));
    }

    /** Whether the paths agree up to a step one takes as a map key and the other as a list position. */
    boolean conflicts(DocumentPath other) {
        int shared = Math.min(steps.size(), other.steps.size());
        for (int i = 0; i < shared; i++) {
            Step mine = steps.get(i);
            Step theirs = other.steps.get(i);
            if (!mine.equals(theirs)) {
                return mine.getClass() != theirs.getClass();
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return steps.stream()
                .map(step -> step instanceof Key key ? key.name() : "[" + ((Position) step).index() + "]")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}

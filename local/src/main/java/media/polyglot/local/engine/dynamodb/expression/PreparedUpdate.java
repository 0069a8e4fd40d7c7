package media.polyglot.local.engine.dynamodb.expression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import media.polyglot.local.engine.dynamodb.ValidationException;
import media.polyglot.local.engine.dynamodb.value.AttributeType;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * An update expression checked against its request's placeholders, ready to apply to items. As in
 * DynamoDB, every value is computed from the item as it was before the update, then SET, REMOVE,
 * ADD and DELETE apply; list positions set past the end append in position order, and positions
 * removed from one list are removed from the highest down.
 */
public final class PreparedUpdate {

    private static final Map<AttributeType, String> TYPE_NAMES = Map.of(AttributeType.S, "STRING",
            AttributeType.N, "NUMBER", AttributeType.B, "BINARY", AttributeType.BOOL, "BOOLEAN", AttributeType.NULL, "NULL",
            AttributeType.M, "MAP", AttributeType.L, "LIST", AttributeType.SS, "STRING_SET",
            AttributeType.NS, "NUMBER_SET", AttributeType.BS, "BINARY_SET");

    /** An action with its path resolved. */
    private record Resolved(UpdateAction action, DocumentPath path) {
    }

    private final List<Resolved> actions;
    private final UpdateValues values;

    private PreparedUpdate(List<Resolved> actions, ExpressionAttributes attributes) {
        this.actions = actions;
        this.values = new UpdateValues(attributes);
    }

    /** Resolves the paths, refuses overlapping ones and ADD or DELETE values of a type they cannot take. */
    public static PreparedUpdate prepare(ParsedUpdate parsed, ExpressionAttributes attributes) {
        List<Resolved> resolved = new ArrayList<>();
        for (UpdateAction action : parsed.actions()) {
            resolved.add(new Resolved(action, DocumentPath.resolve(action.path(), attributes)));
            if (action instanceof UpdateAction.AddAction add) {
                requireOperandType("ADD", attributes.value(add.placeholder()), AttributeType.N);
            } else if (action instanceof UpdateAction.DeleteAction delete) {
                requireOperandType("DELETE", attributes.value(delete.placeholder()), null);
            }
        }
        PathOverlaps.reject(ParsedUpdate.KIND, resolved.stream().map(Resolved::path).toList());
        return new PreparedUpdate(resolved, attributes);
    }

    /** The paths the update writes, in the order written. */
    public List<DocumentPath> paths() {
        return actions.stream().map(Resolved::path).toList();
    }

    /** The item after the update; {@code old} is {@link Item#EMPTY} plus the key when there was no item. */
    public Item apply(Item old) {
        List<Resolved> sets = new ArrayList<>();
        List<AttributeValue> setValues = new ArrayList<>();
        actions.stream().filter(a -> a.action() instanceof UpdateAction.SetAction)
                .sorted(Comparator.comparingInt(a -> lastPosition(a.path())))
                .forEach(set -> {
                    sets.add(set);
                    setValues.add(values.evaluate(((UpdateAction.SetAction) set.action()).value(), old));
                });
        Item item = old;
        for (int i = 0; i < sets.size(); i++) {
            AttributeValue value = setValues.get(i);
            item = DocumentEditor.change(item, sets.get(i).path(), current -> Optional.of(value));
        }
        List<Resolved> removes = actions.stream().filter(a -> a.action() instanceof UpdateAction.RemoveAction)
                .sorted(Comparator.comparingInt((Resolved a) -> lastPosition(a.path())).reversed()).toList();
        for (Resolved remove : removes) {
            item = DocumentEditor.change(item, remove.path(), current -> Optional.empty());
        }
        for (Resolved action : actions) {
            if (action.action() instanceof UpdateAction.AddAction add) {
                AttributeValue operand = values.value(add.placeholder());
                item = DocumentEditor.change(item, action.path(), current -> Optional.of(SetArithmetic.add(current, operand)));
            } else if (action.action() instanceof UpdateAction.DeleteAction delete) {
                AttributeValue operand = values.value(delete.placeholder());
                item = DocumentEditor.change(item, action.path(), current -> SetArithmetic.delete(current, operand));
            }
        }
        return item;
    }

    private static int lastPosition(DocumentPath path) {
        DocumentPath.Step last = path.steps().get(path.steps().size() - 1);
        return last instanceof DocumentPath.Position position ? position.index() : -1;
    }

    /** ADD takes a number or a set ({@code alsoAllowed} N); DELETE only a set ({@code alsoAllowed} null). */
    private static void requireOperandType(String operator, AttributeValue value, AttributeType alsoAllowed) {
        AttributeType type = value.type();
        boolean isSet = type == AttributeType.SS || type == AttributeType.NS || type == AttributeType.BS;
        if (!isSet && type != alsoAllowed) {
            throw new ValidationException("Invalid UpdateExpression: Incorrect operand type for operator or function; "
                    + "operator: " + operator + ", operand type: " + TYPE_NAMES.get(type)
                    + ", typeSet: ALLOWED_FOR_" + operator + "_OPERAND");
        }
    }
}

package media.polyglot.local.engine.dynamodb.expression;

import java.util.List;

/** The syntax tree of a condition expression, as the grammar in AWS's "Condition and filter expressions" defines it. */
public sealed interface Condition {

    /** {@code left comparator right}. */
    record Comparison(Comparator comparator, Operand left, Operand right) implements Condition {
    }

    /** {@code value BETWEEN lower AND upper}, bounds included. */
    record Between(Operand value, Operand lower, Operand upper) implements Condition {
    }

    /** {@code value IN (candidate, ...)}. */
    record In(Operand value, List<Operand> candidates) implements Condition {

        public In {
            candidates = List.copyOf(candidates);
        }
    }

    /** {@code function(path, ...)}; the first argument is always a document path. */
    record FunctionCall(ConditionFunction function, AttributePath path, List<Operand> arguments) implements Condition {

        public FunctionCall {
            arguments = List.copyOf(arguments);
        }
    }

    record And(Condition left, Condition right) implements Condition {
    }

    record Or(Condition left, Condition right) implements Condition {
    }

    record Not(Condition operand) implements Condition {
    }
}

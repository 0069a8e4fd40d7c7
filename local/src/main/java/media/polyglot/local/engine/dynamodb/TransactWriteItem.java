package media.polyglot.local.engine.dynamodb;

import java.util.Objects;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * One action of a TransactWriteItems request. Each may carry a condition, with its own
 * placeholders; {@code returnOldItemOnConditionFailure} puts the item into the cancellation reason.
 */
public sealed interface TransactWriteItem {

    String tableName();

    /** Null when the action has no condition. */
    String conditionExpression();

    ExpressionAttributes expressionAttributes();

    boolean returnOldItemOnConditionFailure();

    /** Writes a whole item. */
    record Put(String tableName, Item item, String conditionExpression, ExpressionAttributes expressionAttributes,
               boolean returnOldItemOnConditionFailure) implements TransactWriteItem {

        public Put {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(expressionAttributes, "expressionAttributes");
        }
    }

    /** Applies an update expression to the item with this key, creating it when missing. */
    record Update(String tableName, Item key, String updateExpression, String conditionExpression,
                  ExpressionAttributes expressionAttributes, boolean returnOldItemOnConditionFailure)
            implements TransactWriteItem {

        public Update {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(updateExpression, "updateExpression");
            Objects.requireNonNull(expressionAttributes, "expressionAttributes");
        }
    }

    /** Deletes the item with this key, if there is one. */
    record Delete(String tableName, Item key, String conditionExpression, ExpressionAttributes expressionAttributes,
                  boolean returnOldItemOnConditionFailure) implements TransactWriteItem {

        public Delete {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(expressionAttributes, "expressionAttributes");
        }
    }

    /** Writes nothing, but cancels the transaction unless its condition holds for the item with this key. */
    record ConditionCheck(String tableName, Item key, String conditionExpression, ExpressionAttributes expressionAttributes,
                          boolean returnOldItemOnConditionFailure) implements TransactWriteItem {

        public ConditionCheck {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(expressionAttributes, "expressionAttributes");
            if (conditionExpression == null) {
                throw new ValidationException("The ConditionCheck of a transaction on table " + tableName
                        + " needs a ConditionExpression");
            }
        }
    }
}

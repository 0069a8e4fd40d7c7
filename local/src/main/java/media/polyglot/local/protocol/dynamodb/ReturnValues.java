package media.polyglot.local.protocol.dynamodb;

import media.polyglot.local.engine.dynamodb.ReturnValue;
import media.polyglot.local.engine.dynamodb.ValidationException;

/** Reads the ReturnValues and ReturnValuesOnConditionCheckFailure members. */
final class ReturnValues {

    private ReturnValues() {
    }

    static ReturnValue of(JsonInput input) {
        return input.enumValue("ReturnValues", ReturnValue.class, ReturnValue.NONE);
    }

    /** ReturnValues for PutItem and DeleteItem, which take only NONE and ALL_OLD. */
    static boolean wantsOldItem(JsonInput input, String operation) {
        ReturnValue value = of(input);
        if (value != ReturnValue.NONE && value != ReturnValue.ALL_OLD) {
            throw new ValidationException("ReturnValues can only be ALL_OLD or NONE; " + operation + " was given " + value);
        }
        return value == ReturnValue.ALL_OLD;
    }

    /** Whether ReturnValuesOnConditionCheckFailure is ALL_OLD (the other choice is NONE). */
    static boolean onConditionFailure(JsonInput input) {
        String value = input.string("ReturnValuesOnConditionCheckFailure");
        if (value != null && !value.equals("NONE") && !value.equals("ALL_OLD")) {
            throw new ValidationException("1 validation error detected: Value '" + value + "' at "
                    + "'returnValuesOnConditionCheckFailure' failed to satisfy constraint: Member must satisfy enum value "
                    + "set: [ALL_OLD, NONE]");
        }
        return "ALL_OLD".equals(value);
    }
}

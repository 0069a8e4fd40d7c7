package media.polyglot.local.protocol.dynamodb;

import media.polyglot.local.engine.dynamodb.ValidationException;

/** The ReturnValues and ReturnValuesOnConditionCheckFailure settings, and which of them an operation takes. */
enum ReturnValues {
    NONE, ALL_OLD, UPDATED_OLD, ALL_NEW, UPDATED_NEW;

    /** Whether the old item is asked for; only NONE and ALL_OLD are valid here, as for PutItem and DeleteItem. */
    static boolean wantsOldItem(JsonInput input, String member) {
        ReturnValues value = input.enumValue(member, ReturnValues.class, NONE);
        if (value != NONE && value != ALL_OLD) {
            throw new ValidationException(member + " can only be ALL_OLD or NONE here, not " + value);
        }
        return value == ALL_OLD;
    }
}

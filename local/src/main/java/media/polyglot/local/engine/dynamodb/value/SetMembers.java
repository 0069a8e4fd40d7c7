package media.polyglot.local.engine.dynamodb.value;

import java.util.HashSet;
import java.util.List;
import media.polyglot.local.engine.dynamodb.ValidationException;

/** The rules every DynamoDB set shares: not empty, no member twice. */
final class SetMembers {

    private SetMembers() {
    }

    static <T> void check(String setName, List<T> members, List<?> comparableMembers) {
        if (members.isEmpty()) {
            throw new ValidationException("One or more parameter values were invalid: A " + setName + " may not be empty");
        }
        if (new HashSet<>(comparableMembers).size() != comparableMembers.size()) {
            throw new ValidationException(
                    "One or more parameter values were invalid: Input collection " + members + " contains duplicates.");
        }
    }
}

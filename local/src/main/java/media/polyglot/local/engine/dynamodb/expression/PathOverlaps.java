package media.polyglot.local.engine.dynamodb.expression;

import java.util.List;
import media.polyglot.local.engine.dynamodb.ValidationException;

/**
 * The rule DynamoDB applies to the paths of one update or projection expression: no path may be
 * another path or lead into it, and no two may read the same step as a map key and a list position.
 */
final class PathOverlaps {

    private PathOverlaps() {
    }

    static void reject(String kind, List<DocumentPath> paths) {
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                DocumentPath one = paths.get(i);
                DocumentPath two = paths.get(j);
                if (one.overlaps(two)) {
                    throw new ValidationException("Invalid " + kind + ": Two document paths overlap with each other; "
                            + "must remove or rewrite one of these paths; path one: " + one + ", path two: " + two);
                }
                if (one.conflicts(two)) {
                    throw new ValidationException("Invalid " + kind + ": Two document paths conflict with each other; "
                            + "must remove or rewrite one of these paths; path one: " + one + ", path two: " + two);
                }
            }
        }
    }
}

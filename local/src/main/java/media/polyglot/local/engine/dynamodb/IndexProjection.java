package media.polyglot.local.engine.dynamodb;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The attributes a secondary index holds besides the table's and the index's keys: all of them,
 * none, or the named non-key attributes (the {@code Projection} structure of CreateTable).
 *
 * @param nonKeyAttributes only for INCLUDE, empty otherwise
 */
public record IndexProjection(ProjectionType type, List<String> nonKeyAttributes) {

    public static final IndexProjection ALL = new IndexProjection(ProjectionType.ALL, List.of());
    public static final IndexProjection KEYS_ONLY = new IndexProjection(ProjectionType.KEYS_ONLY, List.of());

    public IndexProjection {
        Objects.requireNonNull(type, "type");
        nonKeyAttributes = List.copyOf(nonKeyAttributes);
        if (type == ProjectionType.INCLUDE && nonKeyAttributes.isEmpty()) {
            throw new ValidationException("One or more parameter values were invalid: "
                    + "NonKeyAttributes must not be empty when ProjectionType is INCLUDE");
        }
        if (type != ProjectionType.INCLUDE && !nonKeyAttributes.isEmpty()) {
            throw new ValidationException("One or more parameter values were invalid: "
                    + "ProjectionType is " + type + ", but NonKeyAttributes is specified");
        }
        if (new LinkedHashSet<>(nonKeyAttributes).size() != nonKeyAttributes.size()) {
            throw new ValidationException("One or more parameter values were invalid: Duplicate NonKeyAttributes: "
                    + nonKeyAttributes);
        }
    }

    public static IndexProjection include(List<String> nonKeyAttributes) {
        return new IndexProjection(ProjectionType.INCLUDE, nonKeyAttributes);
    }
}

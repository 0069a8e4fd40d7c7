package media.polyglot.local.engine.dynamodb.expression;

import java.util.List;
import java.util.Set;

/** A ProjectionExpression, parsed: the document paths to return. */
public record ParsedProjection(List<AttributePath> paths, Set<String> nameReferences) implements ParsedExpression {

    public static final String KIND = "ProjectionExpression";

    public ParsedProjection {
        paths = List.copyOf(paths);
        nameReferences = Set.copyOf(nameReferences);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<String> valueReferences() {
        return Set.of();
    }

    /** The paths with their names resolved, refused when two of them overlap. */
    public List<DocumentPath> resolve(ExpressionAttributes attributes) {
        List<DocumentPath> resolved = paths.stream().map(path -> DocumentPath.resolve(path, attributes)).toList();
        PathOverlaps.reject(KIND, resolved);
        return resolved;
    }
}

package media.polyglot.local.engine.dynamodb.expression;

import java.util.ArrayList;
import java.util.List;

/** Parses a ProjectionExpression: document paths separated by commas ("Projection expressions" in the Developer Guide). */
public final class ProjectionParser {

    private ProjectionParser() {
    }

    public static ParsedProjection parse(String text) {
        TokenCursor cursor = TokenCursor.of(ParsedProjection.KIND, text);
        List<AttributePath> paths = new ArrayList<>();
        do {
            paths.add(cursor.path());
        } while (cursor.accept(TokenType.COMMA));
        cursor.expectEnd();
        return new ParsedProjection(paths, cursor.names());
    }
}

package media.polyglot.local.protocol.dynamodb;

import media.polyglot.local.engine.dynamodb.StreamViewType;
import media.polyglot.local.engine.dynamodb.ValidationException;

/** Reads a StreamSpecification, as CreateTable and UpdateTable take it. */
final class StreamSpecificationInput {

    private StreamSpecificationInput() {
    }

    /** The view type of an enabled stream, or null when the specification is absent or disables the stream. */
    static StreamViewType viewType(JsonInput stream) {
        if (stream == null || !stream.bool("StreamEnabled", false)) {
            return null;
        }
        StreamViewType viewType = stream.enumValue("StreamViewType", StreamViewType.class, null);
        if (viewType == null) {
            throw new ValidationException("One or more parameter values were invalid: "
                    + "StreamViewType is required when StreamEnabled is true");
        }
        return viewType;
    }
}

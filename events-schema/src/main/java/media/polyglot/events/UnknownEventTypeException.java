package media.polyglot.events;

import java.util.Collection;

/** A detail-type, or a version of it, that has no contract: reported, never guessed. */
public final class UnknownEventTypeException extends RuntimeException {

    UnknownEventTypeException(String message) {
        super(message);
    }

    static UnknownEventTypeException malformed(String detailType) {
        return new UnknownEventTypeException("unknown detail-type \"" + detailType
                + "\": a detail-type is an event name such as ContentPublished, or a name and a major version such as ContentPublished.v2");
    }

    static UnknownEventTypeException unknown(EventType type, Collection<String> knownDetailTypes) {
        return new UnknownEventTypeException("unknown detail-type \"" + type.detailType() + "\" (" + type
                + "): no contract for it; known detail-types are " + knownDetailTypes);
    }
}

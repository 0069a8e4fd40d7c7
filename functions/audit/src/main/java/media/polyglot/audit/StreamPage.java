package media.polyglot.audit;

import java.util.List;

/**
 * A page of the global stream.
 *
 * @param entries the events after the position asked for, in stream order
 * @param next    the position to continue after, or null when the page reached the end of the stream
 */
public record StreamPage(List<StreamEntry> entries, Long next) {

    public StreamPage {
        entries = List.copyOf(entries);
    }
}

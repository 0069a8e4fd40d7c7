package media.polyglot.common;

import java.util.List;

/** Some events could not be put on the bus within the retry budget; names each and its error. */
public final class PublishFailedException extends RuntimeException {

    public PublishFailedException(String busName, int attempts, List<String> failures) {
        super(failures.size() + " event(s) not accepted by bus " + busName + " after " + attempts + " attempts: "
                + String.join("; ", failures));
    }
}

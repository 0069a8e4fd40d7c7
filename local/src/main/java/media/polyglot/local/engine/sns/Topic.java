package media.polyglot.local.engine.sns;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A topic: its name, ARN and the attributes it was created with. A name ending in {@code .fifo}
 * is a FIFO topic, which needs the attribute {@code FifoTopic=true}, and the other way round.
 */
public record Topic(String name, String arn, Map<String, String> attributes) {

    /** Letters, digits, hyphens and underscores, 1 to 256 characters (".fifo" included), as CreateTopic allows. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final String FIFO_SUFFIX = ".fifo";
    /** The attributes CreateTopic accepts; the runtime keeps them and acts on FifoTopic and ContentBasedDeduplication. */
    private static final Set<String> CREATE_ATTRIBUTES = Set.of("DisplayName", "FifoTopic", "ContentBasedDeduplication",
            "Policy", "DeliveryPolicy", "KmsMasterKeyId", "SignatureVersion", "TracingConfig", "ArchivePolicy",
            "FifoThroughputScope", "DataProtectionPolicy");

    public Topic {
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** Checks a CreateTopic request as SNS does, with its wording. */
    static Topic create(String name, String arn, Map<String, String> attributes) {
        if (name == null || name.length() > 256) {
            throw SnsException.invalidParameter("Topic Name");
        }
        for (String attribute : attributes.keySet()) {
            if (!CREATE_ATTRIBUTES.contains(attribute)) {
                throw SnsException.invalidParameter("Attributes Reason: Unknown attribute " + attribute);
            }
        }
        boolean fifoName = name.endsWith(FIFO_SUFFIX);
        boolean fifoAttribute = "true".equalsIgnoreCase(attributes.get("FifoTopic"));
        String base = fifoName ? name.substring(0, name.length() - FIFO_SUFFIX.length()) : name;
        if (fifoName != fifoAttribute) {
            throw SnsException.invalidParameter("Fifo Topic names must end with .fifo and must be made up of only"
                    + " uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1"
                    + " and 256 characters long.");
        }
        if (!NAME.matcher(base).matches()) {
            throw SnsException.invalidParameter("Topic Name");
        }
        return new Topic(name, arn, attributes);
    }

    public boolean fifo() {
        return name.endsWith(FIFO_SUFFIX);
    }

    public boolean contentBasedDeduplication() {
        return "true".equalsIgnoreCase(attributes.get("ContentBasedDeduplication"));
    }
}

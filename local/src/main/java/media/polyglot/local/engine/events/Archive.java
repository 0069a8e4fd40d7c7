package media.polyglot.local.engine.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.event.ruler.Machine;

/**
 * An archive of one bus: every event the bus accepts that matches the archive's pattern (all of
 * them without one), kept for the retention period (forever when it is zero), on disk too when
 * the runtime has a data directory. Replayed events are not archived again.
 */
public final class Archive {

    private final String name;
    private final String arn;
    private final String sourceBusArn;
    private final String pattern;
    private final int retentionDays;
    private final Machine machine = new Machine();
    private final List<ArchivedEvent> events = new ArrayList<>();
    private final ArchiveFile file;

    /** An archive in memory only. */
    public Archive(String name, String arn, String sourceBusArn, String pattern, int retentionDays) {
        this(name, arn, sourceBusArn, pattern, retentionDays, null);
    }

    /** An archive kept in {@code directory} as well (null: in memory only), with what it held before. */
    public Archive(String name, String arn, String sourceBusArn, String pattern, int retentionDays, Path directory) {
        if (retentionDays < 0) {
            throw new IllegalArgumentException("archive " + name + ": RetentionDays must be 0 or more");
        }
        this.name = name;
        this.arn = arn;
        this.sourceBusArn = sourceBusArn;
        this.pattern = pattern;
        this.retentionDays = retentionDays;
        this.file = directory == null ? null : new ArchiveFile(directory.resolve("archive-" + name + ".jsonl"));
        if (file != null) {
            events.addAll(file.read());
        }
        if (pattern != null) {
            Patterns.requireValid(pattern, "archive " + name);
            try {
                machine.addRule(name, pattern);
            } catch (Exception e) {
                throw new InvalidEventPatternException("archive " + name, e);
            }
        }
    }

    /** Keeps the event if it came to this archive's bus and matches its pattern. */
    synchronized void offer(String busArn, ObjectNode event, Instant receivedAt) {
        if (!busArn.equals(sourceBusArn) || event.has("replay-name")) {
            return;
        }
        if (pattern == null || !machine.rulesForJSONEvent(event).isEmpty()) {
            ArchivedEvent archived = new ArchivedEvent(receivedAt, event);
            events.add(archived);
            if (file != null) {
                file.append(archived);
            }
        }
    }

    /** The events received in [from, to), oldest first, after dropping those past retention. */
    public synchronized List<ArchivedEvent> between(Instant from, Instant to, Instant now) {
        if (retentionDays > 0) {
            Instant horizon = now.minus(Duration.ofDays(retentionDays));
            if (events.removeIf(event -> event.receivedAt().isBefore(horizon)) && file != null) {
                file.rewrite(events);
            }
        }
        return events.stream()
                .filter(e -> !e.receivedAt().isBefore(from) && e.receivedAt().isBefore(to))
                .toList();
    }

    public synchronized int eventCount() {
        return events.size();
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    public String sourceBusArn() {
        return sourceBusArn;
    }

    public String pattern() {
        return pattern;
    }

    public int retentionDays() {
        return retentionDays;
    }

    /** An event as the archive keeps it: when the bus received it, and the event. */
    public record ArchivedEvent(Instant receivedAt, ObjectNode event) {
    }
}

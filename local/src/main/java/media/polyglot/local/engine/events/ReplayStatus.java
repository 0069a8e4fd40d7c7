package media.polyglot.local.engine.events;

import java.time.Instant;
import java.util.List;

/**
 * What DescribeReplay reports of one replay.
 *
 * @param state      STARTING, RUNNING, COMPLETED or FAILED
 * @param totalCount how many archived events the replay sends, once it is running
 */
public record ReplayStatus(String name, String arn, String archiveArn, String state, String stateReason,
                           Instant eventStartTime, Instant eventEndTime, Instant eventLastReplayedTime,
                           Instant replayStartTime, Instant replayEndTime, String destinationArn,
                           List<String> filterArns, int replayedCount, int totalCount) {
}

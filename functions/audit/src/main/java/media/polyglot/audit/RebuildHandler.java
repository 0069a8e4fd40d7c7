package media.polyglot.audit;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import media.polyglot.common.AwsClients;
import media.polyglot.common.Environment;
import media.polyglot.common.FunctionSettings;
import media.polyglot.common.Observability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a projection by replaying the global stream into it, invoked directly:
 * {@code {"target": "catalog"}}, optionally with {@code "after": <position>} to continue a replay that stopped.
 * Answers {@code {"target", "replayed", "failed", "through"}}. The one target today is the catalog.
 */
public final class RebuildHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final Logger LOG = LoggerFactory.getLogger(RebuildHandler.class);
    private static final String CATALOG = "catalog";
    /** Ten events an invocation, as an SQS event source mapping hands them by default. */
    private static final int BATCH = 10;

    private final Replay replay;
    private final Map<String, ReplayTarget> targets;

    public RebuildHandler() {
        Environment environment = Environment.ofProcess();
        this.replay = new Replay(new EventStream(AwsClients.dynamoDb(),
                environment.require(FunctionSettings.EVENT_STREAM_TABLE)), BATCH);
        this.targets = Map.of(CATALOG, new LambdaReplayTarget(AwsClients.lambda(),
                environment.require(FunctionSettings.REBUILD_CATALOG_FUNCTION)));
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> request, Context context) {
        return Observability.invocation(context, () -> {
            Object name = request == null ? null : request.get("target");
            ReplayTarget target = targets.get(String.valueOf(name));
            if (target == null) {
                throw new IllegalArgumentException("a rebuild needs a target, one of " + targets.keySet() + "; was " + name);
            }
            long after = request.get("after") instanceof Number n ? n.longValue() : 0;
            Replay.Report report = replay.run(String.valueOf(name), target, after);
            LOG.info("rebuild of {} replayed {} events through position {}, {} failed", report.target(), report.replayed(),
                    report.through(), report.failed().size());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("target", report.target());
            answer.put("replayed", report.replayed());
            answer.put("failed", report.failed());
            answer.put("through", report.through());
            return answer;
        });
    }
}

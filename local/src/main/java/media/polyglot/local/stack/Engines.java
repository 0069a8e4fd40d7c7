package media.polyglot.local.stack;

import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.events.EventRouter;
import media.polyglot.local.engine.events.RuleSchedules;
import media.polyglot.local.engine.lambda.LambdaHost;
import media.polyglot.local.engine.mappings.EventSourceMappings;
import media.polyglot.local.engine.sns.SnsEngine;
import media.polyglot.local.engine.sqs.QueueEngine;
import media.polyglot.local.observe.HopLog;

/** The engines a stack's resources run on. */
public record Engines(QueueEngine queues, DynamoDbEngine tables, EventRouter events, RuleSchedules schedules,
                      LambdaHost functions, EventSourceMappings mappings, SnsEngine topics, HopLog hops) {
}

package media.polyglot.local.manage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.events.EventBus;
import media.polyglot.local.engine.events.Rule;
import media.polyglot.local.engine.lambda.FunctionSpec;
import media.polyglot.local.observe.FunctionCounters;
import media.polyglot.local.stack.Engines;
import media.polyglot.local.stack.StartedStack;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * What is running: stacks and their URLs, queues with their depth and DLQ, functions with their
 * counters, event source mappings, buses with rules and targets, tables, topics.
 */
final class StatusReport {

    private StatusReport() {
    }

    static ObjectNode of(URI edge, List<StartedStack> stacks, Engines engines, FunctionCounters counters) {
        ObjectNode status = JsonNodeFactory.instance.objectNode().put("edge", edge.toString());
        ArrayNode stackList = status.putArray("stacks");
        for (StartedStack stack : stacks) {
            ObjectNode json = stackList.addObject().put("name", stack.stackName());
            ArrayNode urls = json.putArray("functionUrls");
            stack.urls().forEach(url -> urls.addObject().put("context", url.functionUrl().context())
                    .put("url", url.url().toString()).put("function", url.functionUrl().functionName()));
            ArrayNode notRun = json.putArray("notRun");
            stack.notRun().forEach(notRun::add);
        }
        queues(status.putArray("queues"), engines);
        ArrayNode functions = status.putArray("functions");
        for (FunctionSpec spec : engines.functions().functions()) {
            FunctionCounters.Snapshot figures = counters.of(spec.name());
            ObjectNode function = functions.addObject().put("name", spec.name()).put("handler", spec.handler())
                    .put("memoryMb", spec.memoryMb()).put("timeoutSeconds", spec.timeout().toSeconds())
                    .put("invocations", figures.invocations()).put("errors", figures.errors())
                    .put("coldStarts", figures.coldStarts());
            ArrayNode lastErrors = function.putArray("lastErrors");
            figures.lastErrors().forEach(lastErrors::add);
            ArrayNode lastLogs = function.putArray("lastLogs");
            engines.functions().recentLogs(spec.name()).forEach(lastLogs::add);
        }
        ArrayNode mappings = status.putArray("mappings");
        engines.mappings().sourcesToFunctions().forEach(mapping ->
                mappings.addObject().put("source", mapping[0]).put("function", mapping[1]));
        ArrayNode buses = status.putArray("buses");
        for (EventBus bus : engines.events().buses()) {
            ArrayNode rules = buses.addObject().put("name", bus.name()).putArray("rules");
            for (Rule rule : bus.rules()) {
                ArrayNode targets = rules.addObject().put("name", rule.name()).put("enabled", rule.enabled())
                        .put("pattern", rule.eventPattern()).put("targets", rule.targets().size()).putArray("targetArns");
                rule.targets().forEach(target -> targets.add(target.arn()));
            }
        }
        ArrayNode tables = status.putArray("tables");
        engines.tables().listTableNames().forEach(tables::add);
        ArrayNode topics = status.putArray("topics");
        engines.topics().listTopics().forEach(topic -> topics.add(topic.arn()));
        return status;
    }

    private static String deadLetterTarget(String redrivePolicy) {
        try {
            return new ObjectMapper().readTree(redrivePolicy).path("deadLetterTargetArn").asText(null);
        } catch (Exception e) {
            return null;
        }
    }

    private static void queues(ArrayNode queues, Engines engines) {
        var sqs = engines.queues().client();
        for (String url : sqs.listQueues().queueUrls()) {
            Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(
                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, QueueAttributeName.QUEUE_ARN,
                    QueueAttributeName.REDRIVE_POLICY)).attributes();
            String redrive = attributes.get(QueueAttributeName.REDRIVE_POLICY);
            queues.addObject().put("name", url.substring(url.lastIndexOf('/') + 1)).put("url", url)
                    .put("arn", attributes.get(QueueAttributeName.QUEUE_ARN))
                    .put("deadLetterQueueArn", redrive == null ? null : deadLetterTarget(redrive))
                    .put("visible", Integer.parseInt(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0")))
                    .put("inFlight", Integer.parseInt(attributes.getOrDefault(
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "0")));
        }
    }
}

package media.polyglot.local.manage;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.events.EventBus;
import media.polyglot.local.engine.events.Rule;
import media.polyglot.local.engine.lambda.FunctionSpec;
import media.polyglot.local.stack.Engines;
import media.polyglot.local.stack.StartedStack;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** What is running: stacks and their URLs, queues with their depth, functions, buses, tables, topics. */
final class StatusReport {

    private StatusReport() {
    }

    static ObjectNode of(URI edge, List<StartedStack> stacks, Engines engines) {
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
            functions.addObject().put("name", spec.name()).put("handler", spec.handler())
                    .put("memoryMb", spec.memoryMb()).put("timeoutSeconds", spec.timeout().toSeconds());
        }
        ArrayNode buses = status.putArray("buses");
        for (EventBus bus : engines.events().buses()) {
            ArrayNode rules = buses.addObject().put("name", bus.name()).putArray("rules");
            for (Rule rule : bus.rules()) {
                rules.addObject().put("name", rule.name()).put("enabled", rule.enabled())
                        .put("targets", rule.targets().size());
            }
        }
        ArrayNode tables = status.putArray("tables");
        engines.tables().listTableNames().forEach(tables::add);
        ArrayNode topics = status.putArray("topics");
        engines.topics().listTopics().forEach(topic -> topics.add(topic.arn()));
        return status;
    }

    private static void queues(ArrayNode queues, Engines engines) {
        var sqs = engines.queues().client();
        for (String url : sqs.listQueues().queueUrls()) {
            Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(
                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
            queues.addObject().put("name", url.substring(url.lastIndexOf('/') + 1)).put("url", url)
                    .put("visible", Integer.parseInt(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0")))
                    .put("inFlight", Integer.parseInt(attributes.getOrDefault(
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "0")));
        }
    }
}

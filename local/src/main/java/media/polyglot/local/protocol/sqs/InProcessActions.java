package media.polyglot.local.protocol.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import media.polyglot.local.edge.AwsErrors;
import media.polyglot.local.edge.AwsResponse;
import media.polyglot.local.engine.sqs.BodyDigest;
import media.polyglot.local.engine.sqs.QueueEngine;
import media.polyglot.local.engine.sqs.QueueMessage;
import media.polyglot.local.engine.sqs.ReceivedMessage;
import media.polyglot.local.engine.sqs.SendOutcome;

/**
 * The SQS JSON actions answered on the queue engine in-process, each only in its plain form: a
 * standard queue, message bodies without attributes, parameters within SQS's ranges. For anything
 * else {@link #answer} answers empty, before touching a queue, and ElasticMQ's endpoint answers
 * instead (with its exact error, where there is one). Answers have the fields ElasticMQ's endpoint
 * gives for the same request.
 */
public final class InProcessActions {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** SQS's batch entry ids: "alphanumeric characters, hyphens and underscores", up to 80. */
    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final int BATCH_LIMIT = 10;
    private static final int LONGEST_DELAY_SECONDS = 900;
    private static final int LONGEST_VISIBILITY_SECONDS = 43_200;
    private static final int LONGEST_WAIT_SECONDS = 20;

    private final QueueEngine queues;

    public InProcessActions(QueueEngine queues) {
        this.queues = queues;
    }

    /** The answer to {@code action} with this request body, or empty when ElasticMQ must answer it. */
    public Optional<AwsResponse> answer(String action, JsonNode request) {
        return switch (action) {
            case "SendMessage" -> sendMessage(request);
            case "SendMessageBatch" -> sendMessageBatch(request);
            case "ReceiveMessage" -> receiveMessage(request);
            case "DeleteMessage" -> deleteMessage(request);
            case "DeleteMessageBatch" -> deleteMessageBatch(request);
            default -> Optional.empty();
        };
    }

    private Optional<AwsResponse> sendMessage(JsonNode request) {
        String queue = plainQueue(request, Set.of("QueueUrl", "MessageBody", "DelaySeconds"));
        if (queue == null || !plainMessage(request)) {
            return Optional.empty();
        }
        List<QueueMessage> message = List.of(new QueueMessage(request.get("MessageBody").asText(), null, null,
                delaySeconds(request)));
        if (!queues.acceptable(queue, message)) {
            return Optional.empty();
        }
        List<SendOutcome> sent = queues.send(queue, message);
        if (sent.get(0).failed()) {
            return Optional.of(AwsErrors.json(500, "InternalError", String.valueOf(sent.get(0).error().getMessage())));
        }
        return ok(JSON.createObjectNode().put("MD5OfMessageBody", BodyDigest.md5(request.get("MessageBody").asText()))
                .put("MessageId", sent.get(0).messageId()));
    }

    private Optional<AwsResponse> sendMessageBatch(JsonNode request) {
        String queue = plainQueue(request, Set.of("QueueUrl", "Entries"));
        JsonNode entries = request.path("Entries");
        if (queue == null || !plainBatch(entries, Set.of("Id", "MessageBody", "DelaySeconds"))) {
            return Optional.empty();
        }
        List<QueueMessage> messages = new ArrayList<>(entries.size());
        for (JsonNode entry : entries) {
            if (!plainMessage(entry)) {
                return Optional.empty();
            }
            messages.add(new QueueMessage(entry.get("MessageBody").asText(), null, null, delaySeconds(entry)));
        }
        if (!queues.acceptable(queue, messages)) {
            return Optional.empty();
        }
        List<SendOutcome> sent = queues.send(queue, messages);
        ObjectNode response = JSON.createObjectNode();
        ArrayNode successful = response.putArray("Successful");
        ArrayNode failed = JSON.createArrayNode();
        for (int i = 0; i < sent.size(); i++) {
            String id = entries.get(i).get("Id").asText();
            if (sent.get(i).failed()) {
                failed.addObject().put("Code", "InternalError").put("Id", id)
                        .put("Message", String.valueOf(sent.get(i).error().getMessage())).put("SenderFault", false);
            } else {
                successful.addObject().put("Id", id).put("MD5OfMessageBody", BodyDigest.md5(messages.get(i).body()))
                        .put("MessageId", sent.get(i).messageId());
            }
        }
        if (!failed.isEmpty()) {
            response.set("Failed", failed);
        }
        return ok(response);
    }

    private Optional<AwsResponse> receiveMessage(JsonNode request) {
        String queue = plainQueue(request, Set.of("QueueUrl", "MaxNumberOfMessages", "VisibilityTimeout",
                "WaitTimeSeconds", "AttributeNames", "MessageSystemAttributeNames", "MessageAttributeNames"));
        if (queue == null || !absentOrEmpty(request, "AttributeNames") || !absentOrEmpty(request, "MessageSystemAttributeNames")
                || !absentOrEmpty(request, "MessageAttributeNames")
                || !absentOrWithin(request, "MaxNumberOfMessages", 1, BATCH_LIMIT)
                || !absentOrWithin(request, "VisibilityTimeout", 0, LONGEST_VISIBILITY_SECONDS)
                || !absentOrWithin(request, "WaitTimeSeconds", 0, LONGEST_WAIT_SECONDS)) {
            return Optional.empty();
        }
        List<ReceivedMessage> received = queues.receive(queue, request.path("MaxNumberOfMessages").asInt(1),
                optionalInt(request, "VisibilityTimeout"), optionalInt(request, "WaitTimeSeconds"));
        ObjectNode response = JSON.createObjectNode();
        ArrayNode messages = response.putArray("Messages");
        received.forEach(message -> messages.addObject().put("Body", message.body()).put("MD5OfBody", message.md5OfBody())
                .put("MessageId", message.messageId()).put("ReceiptHandle", message.receiptHandle()));
        return ok(response);
    }

    private Optional<AwsResponse> deleteMessage(JsonNode request) {
        String queue = plainQueue(request, Set.of("QueueUrl", "ReceiptHandle"));
        // A handle that is not valid deletes nothing: ElasticMQ then answers with its exact error.
        if (queue == null || !request.path("ReceiptHandle").isTextual()
                || !queues.delete(queue, request.get("ReceiptHandle").asText())) {
            return Optional.empty();
        }
        return ok(JSON.createObjectNode());
    }

    private Optional<AwsResponse> deleteMessageBatch(JsonNode request) {
        String queue = plainQueue(request, Set.of("QueueUrl", "Entries"));
        JsonNode entries = request.path("Entries");
        if (queue == null || !plainBatch(entries, Set.of("Id", "ReceiptHandle"))) {
            return Optional.empty();
        }
        for (JsonNode entry : entries) {
            if (!entry.path("ReceiptHandle").isTextual()) {
                return Optional.empty();
            }
        }
        ObjectNode response = JSON.createObjectNode();
        ArrayNode failed = response.putArray("Failed");
        ArrayNode successful = response.putArray("Successful");
        for (JsonNode entry : entries) {
            String handle = entry.get("ReceiptHandle").asText();
            if (queues.delete(queue, handle)) {
                successful.addObject().put("Id", entry.get("Id").asText());
            } else {
                failed.addObject().put("Code", "ReceiptHandleIsInvalid").put("Id", entry.get("Id").asText())
                        .put("Message", "The receipt handle \"" + handle + "\" is not valid.").put("SenderFault", true);
            }
        }
        return ok(response);
    }

    /** The name of the standard queue the request names, if it has only the fields {@code allowed}; else null. */
    private String plainQueue(JsonNode request, Set<String> allowed) {
        for (var fields = request.fieldNames(); fields.hasNext(); ) {
            if (!allowed.contains(fields.next())) {
                return null;
            }
        }
        JsonNode url = request.path("QueueUrl");
        if (!url.isTextual()) {
            return null;
        }
        String name = url.asText().substring(url.asText().lastIndexOf('/') + 1);
        return !name.isEmpty() && queues.isStandardQueue(name) ? name : null;
    }

    private static boolean plainMessage(JsonNode message) {
        return message.path("MessageBody").isTextual()
                && absentOrWithin(message, "DelaySeconds", 0, LONGEST_DELAY_SECONDS);
    }

    /** One to ten entries, objects with only the fields {@code allowed}, each with a distinct valid id. */
    private static boolean plainBatch(JsonNode entries, Set<String> allowed) {
        if (!entries.isArray() || entries.isEmpty() || entries.size() > BATCH_LIMIT) {
            return false;
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode entry : entries) {
            if (!entry.isObject() || !entry.path("Id").isTextual() || !BATCH_ID.matcher(entry.get("Id").asText()).matches()
                    || !ids.add(entry.get("Id").asText())) {
                return false;
            }
            for (var fields = entry.fieldNames(); fields.hasNext(); ) {
                if (!allowed.contains(fields.next())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean absentOrEmpty(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value == null || value.isArray() && value.isEmpty();
    }

    private static boolean absentOrWithin(JsonNode request, String field, int least, int most) {
        JsonNode value = request.get(field);
        return value == null || value.isInt() && value.asInt() >= least && value.asInt() <= most;
    }

    private static Integer optionalInt(JsonNode request, String field) {
        return request.has(field) ? request.get(field).asInt() : null;
    }

    private static Integer delaySeconds(JsonNode message) {
        return optionalInt(message, "DelaySeconds");
    }

    private static Optional<AwsResponse> ok(ObjectNode body) {
        return Optional.of(AwsResponse.of(200, "application/json", body.toString()));
    }
}

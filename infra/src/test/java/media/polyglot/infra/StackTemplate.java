package media.polyglot.infra;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import media.polyglot.events.wiring.FunctionEnvironment;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * Finds the resources of a synthesized stack by what they are (a function by its handler, a table by its keys,
 * a queue by its place in the topology), never by logical id, and reads their properties.
 */
final class StackTemplate {

    static final String FUNCTION = "AWS::Lambda::Function";
    static final String TABLE = "AWS::DynamoDB::Table";
    static final String QUEUE = "AWS::SQS::Queue";

    static final String SUBMIT = "media.polyglot.content.SubmitContentHandler::handleRequest";
    static final String RELAY = "media.polyglot.content.OutboxRelayHandler::handleRequest";
    static final String APPEND = "media.polyglot.audit.AppendToEventStoreHandler::handleRequest";
    static final String HISTORY = "media.polyglot.audit.HistoryHandler::handleRequest";

    private final Template template;
    private final Map<String, Object> resources;

    StackTemplate(Template template) {
        this.template = template;
        this.resources = asMap(template.toJSON().get("Resources"));
    }

    Template template() {
        return template;
    }

    String busId() {
        return template.getResourceId("AWS::Events::EventBus");
    }

    String contentTableId() {
        return resourceId(TABLE, Map.of("KeySchema", List.of(hashKey("contentId"))));
    }

    String outboxTableId() {
        return resourceId(TABLE, Map.of("KeySchema", List.of(hashKey("eventId"))));
    }

    String eventStoreTableId() {
        return resourceId(TABLE, Map.of("KeySchema", Match.arrayWith(List.of(Match.objectLike(Map.of("KeyType", "RANGE"))))));
    }

    /** The queue the audit rule targets: the only one with a redrive policy. */
    String subscriptionQueueId() {
        return resourceId(QUEUE, Map.of("RedrivePolicy", Match.anyValue()));
    }

    String subscriptionDeadLetterQueueId() {
        return getAttTarget(asMap(properties(subscriptionQueueId()).get("RedrivePolicy")).get("deadLetterTargetArn"));
    }

    String relayDeadLetterQueueId() {
        return refTarget(environment(functionId(RELAY)).get(FunctionEnvironment.RELAY_DEAD_LETTER_QUEUE_URL));
    }

    String functionId(String handler) {
        return resourceId(FUNCTION, Map.of("Handler", handler));
    }

    String functionUrlId(String handler) {
        return resourceId("AWS::Lambda::Url", Map.of("TargetFunctionArn", arn(functionId(handler))));
    }

    String logGroupId(String handler) {
        return refTarget(asMap(properties(functionId(handler)).get("LoggingConfig")).get("LogGroup"));
    }

    Map<String, Object> properties(String logicalId) {
        return props(resources.get(logicalId));
    }

    /** Action → resources, over the statements of the policy attached to the function's role. */
    Map<String, Set<Object>> grants(String handler) {
        String role = getAttTarget(properties(functionId(handler)).get("Role"));
        Map<String, Set<Object>> grants = new HashMap<>();
        for (Map<String, Object> policy : template.findResources("AWS::IAM::Policy",
                Map.of("Properties", Map.of("Roles", List.of(ref(role))))).values()) {
            for (Map<String, Object> statement : statements(policy)) {
                for (Object action : asList(statement.get("Action"))) {
                    grants.computeIfAbsent((String) action, a -> new HashSet<>()).addAll(asList(statement.get("Resource")));
                }
            }
        }
        return grants;
    }

    /** The actions every IAM policy of the stack allows on {@code "*"}. */
    List<Object> actionsOnAnyResource() {
        return template.findResources("AWS::IAM::Policy").values().stream()
                .flatMap(policy -> statements(policy).stream())
                .filter(statement -> asList(statement.get("Resource")).contains("*"))
                .flatMap(statement -> asList(statement.get("Action")).stream())
                .toList();
    }

    Collection<Map<String, Object>> rolesProperties() {
        return template.findResources("AWS::IAM::Role").values().stream().map(StackTemplate::props).toList();
    }

    static Map<String, Object> hashKey(String attribute) {
        return Map.of("AttributeName", attribute, "KeyType", "HASH");
    }

    static Map<String, Object> ref(String logicalId) {
        return Map.of("Ref", logicalId);
    }

    static Map<String, Object> arn(String logicalId) {
        return getAtt(logicalId, "Arn");
    }

    static Map<String, Object> getAtt(String logicalId, String attribute) {
        return Map.of("Fn::GetAtt", List.of(logicalId, attribute));
    }

    private String resourceId(String type, Map<String, Object> properties) {
        return template.getResourceId(type, Map.of("Properties", properties));
    }

    private Map<String, Object> environment(String functionId) {
        return asMap(asMap(properties(functionId).get("Environment")).get("Variables"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statements(Map<String, Object> policy) {
        return (List<Map<String, Object>>) asMap(props(policy).get("PolicyDocument")).get("Statement");
    }

    private static Map<String, Object> props(Object resource) {
        return asMap(asMap(resource).get("Properties"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<Object> asList(Object value) {
        return value instanceof Collection<?> values ? List.copyOf(values) : List.of(value);
    }

    private static String refTarget(Object ref) {
        return (String) asMap(ref).get("Ref");
    }

    private static String getAttTarget(Object getAtt) {
        return (String) asList(asMap(getAtt).get("Fn::GetAtt")).get(0);
    }
}

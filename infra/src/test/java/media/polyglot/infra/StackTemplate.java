package media.polyglot.infra;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import media.polyglot.common.FunctionSettings;
import media.polyglot.events.wiring.FunctionEnvironment;
import software.amazon.awscdk.App;
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

    static final String MAPPING = "AWS::Lambda::EventSourceMapping";

    static final String SUBMIT = "media.polyglot.content.ContentApiHandler::handleRequest";
    static final String RELAY = "media.polyglot.content.OutboxRelayHandler::handleRequest";
    static final String APPEND = "media.polyglot.audit.AppendToEventStoreHandler::handleRequest";
    static final String HISTORY = "media.polyglot.audit.HistoryHandler::handleRequest";
    static final String REBUILD = "media.polyglot.audit.RebuildHandler::handleRequest";
    static final String MODERATE = "media.polyglot.moderation.ModerateContentHandler::handleRequest";
    static final String LOCALIZE = "media.polyglot.localization.LocalizeContentHandler::handleRequest";
    static final String SWEEP = "media.polyglot.localization.TranslationDeadlinesHandler::handleRequest";
    static final String SANDBOX = "media.polyglot.sandbox.SandboxTranslationHandler::handleRequest";
    static final String SEQUENCE = "media.polyglot.publishing.SequenceByContentHandler::handleRequest";
    static final String PUBLISH = "media.polyglot.publishing.PublishingProcessHandler::handleRequest";
    static final String NOTIFY = "media.polyglot.notifications.NotifyReadersHandler::handleRequest";
    static final String PROJECT = "media.polyglot.catalog.CatalogProjectionHandler::handleRequest";
    static final String CATALOG = "media.polyglot.catalog.CatalogApiHandler::handleRequest";

    private final Template template;
    private final Map<String, Object> resources;

    StackTemplate(Template template) {
        this.template = template;
        this.resources = asMap(template.toJSON().get("Resources"));
    }

    /** The dev stage's stack as {@code cdk synth} makes it, from this module's project root. */
    static StackTemplate dev() {
        return new StackTemplate(Template.fromStack(
                PolyglotApp.define(new App(), new Stage("dev"), ProjectRoot.ofWorkingDirectory())));
    }

    Template template() {
        return template;
    }

    String busId() {
        return template.getResourceId("AWS::Events::EventBus");
    }

    String contentTableId() {
        return tableOf(SUBMIT, FunctionEnvironment.CONTENT_TABLE);
    }

    String outboxTableId() {
        return tableOf(SUBMIT, FunctionEnvironment.OUTBOX_TABLE);
    }

    String eventStoreTableId() {
        return resourceId(TABLE, Map.of("KeySchema", List.of(hashKey("contentId"), rangeKey("position"))));
    }

    String eventStreamTableId() {
        return resourceId(TABLE, Map.of("KeySchema", List.of(hashKey("stream"), rangeKey("position"))));
    }

    /** The topic readers subscribe to: the one the notifications function publishes to. */
    String readerTopicId() {
        return refTarget(environment(functionId(NOTIFY)).get(FunctionSettings.READER_TOPIC_ARN));
    }

    /** The queue the readers' topic delivers German travel notices to. */
    String germanTravelReadersQueueId() {
        Map<String, Map<String, Object>> subscriptions = template.findResources("AWS::SNS::Subscription",
                Map.of("Properties", Map.of("TopicArn", ref(readerTopicId()), "Protocol", "sqs")));
        return getAttTarget(props(subscriptions.values().iterator().next()).get("Endpoint"));
    }

    String causationLedgerId() {
        return refTarget(environment(functionId(MODERATE)).get("CAUSATION_TABLE"));
    }

    /** The table a function names in the environment variable {@code variable}. */
    String tableOf(String handler, String variable) {
        return refTarget(environment(functionId(handler)).get(variable));
    }

    /** The queue whose event source mapping feeds the function of {@code handler}. */
    String sourceQueueOf(String handler) {
        Map<String, Map<String, Object>> mappings = template.findResources(MAPPING,
                Map.of("Properties", Map.of("FunctionName", ref(functionId(handler)))));
        if (mappings.size() != 1) {
            throw new AssertionError(handler + " has " + mappings.size() + " event source mappings, not one");
        }
        return getAttTarget(props(mappings.values().iterator().next()).get("EventSourceArn"));
    }

    String deadLetterQueueOf(String queueId) {
        return getAttTarget(asMap(properties(queueId).get("RedrivePolicy")).get("deadLetterTargetArn"));
    }

    /** The rule whose target is {@code queueId}. */
    String ruleTargeting(String queueId) {
        return resourceId("AWS::Events::Rule", Map.of("Targets", List.of(Match.objectLike(Map.of("Arn", arn(queueId))))));
    }

    /**
     * Every dead-letter queue, however it is named one: by a queue's redrive policy, a rule target's dead-letter
     * config, an event source mapping's on-failure destination or an SNS subscription's redrive policy.
     */
    Set<String> deadLetterQueueIds() {
        Set<String> ids = new HashSet<>();
        template.findResources(QUEUE).values().stream().map(StackTemplate::props)
                .filter(queue -> queue.containsKey("RedrivePolicy"))
                .forEach(queue -> ids.add(getAttTarget(asMap(queue.get("RedrivePolicy")).get("deadLetterTargetArn"))));
        ruleTargets().stream().filter(target -> target.containsKey("DeadLetterConfig"))
                .forEach(target -> ids.add(getAttTarget(asMap(target.get("DeadLetterConfig")).get("Arn"))));
        template.findResources(MAPPING).values().stream().map(StackTemplate::props)
                .filter(mapping -> mapping.containsKey("DestinationConfig"))
                .forEach(mapping -> ids.add(getAttTarget(asMap(asMap(asMap(mapping.get("DestinationConfig"))
                        .get("OnFailure"))).get("Destination"))));
        template.findResources("AWS::SNS::Subscription").values().stream().map(StackTemplate::props)
                .filter(subscription -> subscription.containsKey("RedrivePolicy"))
                .forEach(subscription -> ids.add(getAttTarget(asMap(subscription.get("RedrivePolicy")).get("deadLetterTargetArn"))));
        return ids;
    }

    /** The targets of every rule of the stack. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> ruleTargets() {
        return template.findResources("AWS::Events::Rule").values().stream()
                .flatMap(rule -> ((List<Map<String, Object>>) props(rule).get("Targets")).stream())
                .toList();
    }

    /** The actions of every statement of every IAM policy of the stack. */
    List<String> policyActions() {
        return template.findResources("AWS::IAM::Policy").values().stream()
                .flatMap(policy -> statements(policy).stream())
                .flatMap(statement -> asList(statement.get("Action")).stream())
                .map(String.class::cast)
                .toList();
    }

    /** The alarms of the stack whose metric is {@code metricName}, by logical id. */
    Map<String, Map<String, Object>> alarmsOn(String metricName) {
        Map<String, Map<String, Object>> alarms = new HashMap<>();
        template.findResources("AWS::CloudWatch::Alarm", Map.of("Properties", Map.of("MetricName", metricName)))
                .forEach((id, alarm) -> alarms.put(id, props(alarm)));
        return alarms;
    }

    /**
     * The body of the stack's one dashboard as JSON text, each reference to a resource written {@code ${LogicalId}}
     * and each attribute {@code ${LogicalId.Attribute}}.
     */
    @SuppressWarnings("unchecked")
    String dashboardBody() {
        Object body = props(template.findResources("AWS::CloudWatch::Dashboard").values().iterator().next()).get("DashboardBody");
        if (body instanceof String text) {
            return text;
        }
        List<Object> join = (List<Object>) asMap(body).get("Fn::Join");
        StringBuilder text = new StringBuilder();
        for (Object part : (List<Object>) join.get(1)) {
            if (part instanceof String literal) {
                text.append(literal);
            } else if (asMap(part).containsKey("Ref")) {
                text.append("${").append(refTarget(part)).append('}');
            } else {
                List<Object> getAtt = asList(asMap(part).get("Fn::GetAtt"));
                text.append("${").append(getAtt.get(0)).append('.').append(getAtt.get(1)).append('}');
            }
        }
        return text.toString();
    }

    /** The environment variables of the function of {@code handler}. */
    Map<String, Object> variablesOf(String handler) {
        return environment(functionId(handler));
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

    static Map<String, Object> rangeKey(String attribute) {
        return Map.of("AttributeName", attribute, "KeyType", "RANGE");
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

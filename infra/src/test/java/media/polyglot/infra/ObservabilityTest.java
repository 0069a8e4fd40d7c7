package media.polyglot.infra;

import static media.polyglot.infra.StackTemplate.FUNCTION;
import static media.polyglot.infra.StackTemplate.getAtt;
import static media.polyglot.infra.StackTemplate.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import media.polyglot.infra.common.JavaFunction;
import media.polyglot.infra.observability.AlarmNotifications;
import media.polyglot.infra.observability.Alarms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/** Alarms on every dead-letter queue, buffer queue and function, sent to one topic; tracing and Powertools settings. */
class ObservabilityTest {

    private static final List<String> SUBSCRIBERS = List.of(StackTemplate.MODERATE, StackTemplate.LOCALIZE,
            StackTemplate.SANDBOX, StackTemplate.SEQUENCE, StackTemplate.NOTIFY, StackTemplate.PROJECT, StackTemplate.APPEND);

    private static StackTemplate stack;
    private static Template template;

    @BeforeAll
    static void synthesizeDevStack() {
        stack = StackTemplate.dev();
        template = stack.template();
    }

    @Test
    void everyDeadLetterQueueAlarmsAsSoonAsItHoldsAMessage() {
        Set<String> deadLetterQueues = stack.deadLetterQueueIds();
        // Seven subscriptions, the relay's, the German travel readers', publishing's ordered one, the partner's and
        // the translation sweep's schedule.
        assertThat(deadLetterQueues).hasSize(12);
        Map<String, Map<String, Object>> alarms = stack.alarmsOn("ApproximateNumberOfMessagesVisible");
        assertThat(alarms.values()).allSatisfy(alarm -> assertThat(alarm)
                .containsEntry("Threshold", 0)
                .containsEntry("ComparisonOperator", "GreaterThanThreshold")
                .containsEntry("TreatMissingData", "notBreaching"));
        assertThat(watchedQueues(alarms)).isEqualTo(deadLetterQueues);
    }

    @Test
    void everyBufferQueueAlarmsWhenItsOldestMessageWaitsTooLong() {
        Map<String, Map<String, Object>> alarms = stack.alarmsOn("ApproximateAgeOfOldestMessage");
        assertThat(alarms.values()).allSatisfy(alarm -> assertThat(alarm)
                .containsEntry("Threshold", (int) Alarms.MAX_MESSAGE_AGE.toSeconds().longValue()));
        Set<String> buffers = new HashSet<>(template.findResources(StackTemplate.QUEUE).keySet());
        buffers.removeAll(stack.deadLetterQueueIds());
        assertThat(watchedQueues(alarms)).isEqualTo(buffers)
                .containsAll(SUBSCRIBERS.stream().map(stack::sourceQueueOf).toList())
                .contains(stack.sourceQueueOf(StackTemplate.PUBLISH), stack.germanTravelReadersQueueId())
                .hasSize(SUBSCRIBERS.size() + 2);
    }

    @Test
    void everyFunctionAlarmsOnErrorsAndThrottles() {
        Set<String> functions = template.findResources(FUNCTION).keySet();
        for (String metric : List.of("Errors", "Throttles")) {
            Set<Object> watched = stack.alarmsOn(metric).values().stream()
                    .map(alarm -> dimension(alarm, "FunctionName")).collect(Collectors.toSet());
            assertThat(watched).as(metric)
                    .isEqualTo(functions.stream().map(StackTemplate::ref).collect(Collectors.toSet()));
        }
    }

    @Test
    void everyAlarmNotifiesTheAlarmTopicWhenItFiresAndWhenItRecovers() {
        String topic = alarmTopicId();
        template.allResourcesProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmActions", List.of(ref(topic)),
                "OKActions", List.of(ref(topic))));
        template.resourcePropertiesCountIs("AWS::SNS::Subscription", Map.of("Protocol", "email"), 0);

        App app = new App();
        app.getNode().setContext(AlarmNotifications.EMAIL_CONTEXT, "ops@polyglot.media");
        Template withEmail = Template.fromStack(PolyglotApp.define(app, new Stage("dev"), ProjectRoot.ofWorkingDirectory()));
        withEmail.resourcePropertiesCountIs("AWS::SNS::Subscription",
                Map.of("Protocol", "email", "Endpoint", "ops@polyglot.media"), 1);
    }

    @Test
    void everyFunctionIsTracedAndNamesItsServiceAndMetricsNamespaceForPowertools() {
        template.allResourcesProperties(FUNCTION, Map.of("TracingConfig", Map.of("Mode", "Active")));
        for (String id : template.findResources(FUNCTION).keySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> variables = (Map<String, Object>) ((Map<String, Object>) stack.properties(id)
                    .get("Environment")).get("Variables");
            assertThat(variables).as(id)
                    .containsEntry(JavaFunction.POWERTOOLS_METRICS_NAMESPACE, "Polyglot")
                    .containsKey(JavaFunction.POWERTOOLS_SERVICE_NAME);
        }
        assertThat(stack.variablesOf(StackTemplate.MODERATE)).containsEntry(JavaFunction.POWERTOOLS_SERVICE_NAME, "moderation");
    }

    private static String alarmTopicId() {
        Set<String> topics = template.findResources("AWS::SNS::Topic").keySet();
        return topics.stream().filter(id -> !id.equals(stack.readerTopicId())).findFirst().orElseThrow();
    }

    private static Set<String> watchedQueues(Map<String, Map<String, Object>> alarms) {
        return alarms.values().stream()
                .map(alarm -> dimension(alarm, "QueueName"))
                .map(name -> {
                    @SuppressWarnings("unchecked")
                    List<Object> getAtt = (List<Object>) ((Map<String, Object>) name).get("Fn::GetAtt");
                    assertThat(name).isEqualTo(getAtt(String.valueOf(getAtt.get(0)), "QueueName"));
                    return String.valueOf(getAtt.get(0));
                })
                .collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static Object dimension(Map<String, Object> alarm, String name) {
        return ((List<Map<String, Object>>) alarm.get("Dimensions")).stream()
                .filter(dimension -> name.equals(dimension.get("Name")))
                .findFirst().orElseThrow(() -> new AssertionError("no dimension " + name + " in " + alarm))
                .get("Value");
    }
}

package media.polyglot.infra.observability;

import java.util.List;
import media.polyglot.infra.common.Topics;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.IAspect;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * Where alarms go: one SNS topic every CloudWatch alarm of the stack notifies when it fires and when it
 * recovers, with an email subscription when an address is given ({@code -c alarmEmail=ops@example.com}).
 * The alarms themselves are made beside what they watch (functions, queues); this construct finds them all.
 */
public final class AlarmNotifications extends Construct {

    /** The CDK context value naming the address that receives alarms. */
    public static final String EMAIL_CONTEXT = "alarmEmail";

    private final Topic topic;

    /**
     * @param email the address subscribed to the topic, or {@code null} for none (subscribe later, e.g. a pager)
     */
    public AlarmNotifications(Construct scope, String id, String email) {
        super(scope, id);
        // CloudWatch publishes alarm state changes itself, so the topic's key must let it encrypt them.
        this.topic = Topics.encrypted(this, "Topic", "Polyglot Media: alarms", List.of("cloudwatch.amazonaws.com"));
        if (email != null && !email.isBlank()) {
            topic.addSubscription(new EmailSubscription(email));
        }
        SnsAction action = new SnsAction(topic);
        // An aspect, so alarms added anywhere in the stack, before or after this construct, are covered.
        Aspects.of(scope).add(new IAspect() {
            @Override
            public void visit(IConstruct node) {
                if (node instanceof Alarm alarm) {
                    alarm.addAlarmAction(action);
                    alarm.addOkAction(action);
                }
            }
        });
    }

    /** The topic alarms notify. */
    public Topic topic() {
        return topic;
    }
}

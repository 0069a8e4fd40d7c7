package media.polyglot.infra;

import static media.polyglot.infra.StackTemplate.arn;
import static media.polyglot.infra.StackTemplate.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import media.polyglot.events.Bus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/** The bus's archive and its partner accounts (infra/partners.json), as the dev and prod stacks synthesize them. */
class BackboneTest {

    private static final String PARTNER_ACCOUNT = "111122223333";

    private static StackTemplate stack;
    private static Template template;

    @BeforeAll
    static void synthesizeDevStack() {
        stack = new StackTemplate(synthesize("dev"));
        template = stack.template();
    }

    @Test
    void theArchiveKeepsEveryEventOfTheBusAMonthInDevAndAYearInProduction() {
        template.resourceCountIs("AWS::Events::Archive", 1);
        template.hasResourceProperties("AWS::Events::Archive", Map.of(
                "SourceArn", arn(stack.busId()),
                "EventPattern", Map.of("source", List.of(Map.of("exists", true))),
                "RetentionDays", 30));
        synthesize("prod").hasResourceProperties("AWS::Events::Archive", Map.of("RetentionDays", 365));
    }

    @Test
    void aPartnerReceivesItsDetailTypesOfOursOnItsOwnBusThroughARoleWithRetriesAndADeadLetterQueue() {
        String rule = template.getResourceId("AWS::Events::Rule", Map.of("Properties", Map.of(
                "EventPattern", Map.of("source", List.of(Map.of("prefix", Bus.SOURCE_PREFIX)),
                        "detail-type", List.of("TranslationRequested", "ContentPublished", "ContentPublished.v2")))));
        Map<String, Object> target = firstTarget(rule);
        assertThat(target).containsKeys("RoleArn", "DeadLetterConfig")
                .containsEntry("RetryPolicy", Map.of("MaximumRetryAttempts", 8, "MaximumEventAgeInSeconds", 3600));
        assertThat(stack.properties(rule)).containsEntry("EventBusName", ref(stack.busId()));
        // arn:<partition>:events:<region>:111122223333:event-bus/polyglot-deliveries, joined from pseudo parameters.
        assertThat(String.valueOf(target.get("Arn")))
                .contains(":events:", ":" + PARTNER_ACCOUNT + ":event-bus/polyglot-deliveries");
    }

    @Test
    void aPartnerMayPutEventsOnlyUnderItsOwnSources() {
        template.resourceCountIs("AWS::Events::EventBusPolicy", 1);
        template.hasResourceProperties("AWS::Events::EventBusPolicy", Map.of(
                "EventBusName", ref(stack.busId()),
                "StatementId", "cdk-PutEventsFrom-acme-translation",
                "Statement", Map.of(
                        "Effect", "Allow",
                        "Action", "events:PutEvents",
                        "Resource", arn(stack.busId()),
                        "Condition", Map.of("StringEquals", Map.of("events:source", List.of("partner.translation.acme"))))));
        Object principal = template.findResources("AWS::Events::EventBusPolicy").values().iterator().next();
        assertThat(String.valueOf(principal)).contains(":" + PARTNER_ACCOUNT + ":root");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstTarget(String rule) {
        return ((List<Map<String, Object>>) stack.properties(rule).get("Targets")).get(0);
    }

    private static Template synthesize(String stage) {
        return Template.fromStack(PolyglotApp.define(new App(), new Stage(stage), ProjectRoot.ofWorkingDirectory()));
    }
}

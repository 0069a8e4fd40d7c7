package media.polyglot.infra;

import static media.polyglot.infra.StackTemplate.MAPPING;
import static media.polyglot.infra.StackTemplate.QUEUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/**
 * The stack-wide rules of DESIGN.md's delivery rules, checked over every resource so a new one cannot slip past:
 * nothing is lost (dead-letter queues everywhere), partial failures are reported, grants name their actions.
 * Tables (encryption, recovery) are checked in PolyglotStackTest, partner policies in BackboneTest, cdk-nag in
 * NagFindingsTest.
 */
class DeliveryGuaranteesTest {

    private static StackTemplate stack;
    private static Template template;

    @BeforeAll
    static void synthesizeDevStack() {
        stack = StackTemplate.dev();
        template = stack.template();
    }

    @Test
    void everyQueueButADeadLetterQueueRedrivesToOne() {
        Set<String> deadLetterQueues = stack.deadLetterQueueIds();
        Set<String> queues = template.findResources(QUEUE).keySet();
        assertThat(queues).containsAll(deadLetterQueues);
        for (String queue : queues) {
            if (!deadLetterQueues.contains(queue)) {
                assertThat(stack.properties(queue)).as(queue).containsKey("RedrivePolicy");
            }
        }
    }

    @Test
    void everyRuleTargetRetriesThenParksInADeadLetterQueue() {
        assertThat(stack.ruleTargets()).isNotEmpty().allSatisfy(target -> assertThat(target)
                .containsKeys("DeadLetterConfig", "RetryPolicy"));
    }

    @Test
    void everyEventSourceMappingReportsBatchItemFailures() {
        template.allResourcesProperties(MAPPING, Map.of("FunctionResponseTypes", List.of("ReportBatchItemFailures")));
    }

    @Test
    void noGrantAllowsAWildcardAction() {
        assertThat(stack.policyActions()).isNotEmpty().noneMatch(action -> action.contains("*"));
    }
}

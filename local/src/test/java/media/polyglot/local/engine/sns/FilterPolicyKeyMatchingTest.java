package media.polyglot.local.engine.sns;

import static media.polyglot.local.engine.sns.FilterCases.attributes;
import static media.polyglot.local.engine.sns.FilterCases.attributesPolicy;
import static media.polyglot.local.engine.sns.FilterCases.body;
import static media.polyglot.local.engine.sns.FilterCases.bodyPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filter policies on event-ruler, with the cases of AWS's page "Key matching" (Amazon SNS subscription filter policies). */
class FilterPolicyKeyMatchingTest {

    private final Notification withStore = attributes(Map.of(
            "store", MessageAttribute.string("fans"),
            "customer_interests", MessageAttribute.stringArray("[\"baseball\", \"basketball\"]")));
    private final Notification withoutStore = attributes(Map.of(
            "customer_interests", MessageAttribute.stringArray("[\"baseball\", \"basketball\"]")));

    @Test
    void existsTrueNeedsTheKey() {
        FilterPolicy policy = attributesPolicy("{\"store\": [{\"exists\": true}]}");

        assertThat(policy.matches(withStore)).isTrue();
        assertThat(policy.matches(withoutStore)).isFalse();
    }

    @Test
    void existsFalseNeedsTheKeyAbsentAndAtLeastOneOtherAttribute() {
        FilterPolicy policy = attributesPolicy("{\"store\": [{\"exists\": false}]}");

        assertThat(policy.matches(withStore)).isFalse();
        assertThat(policy.matches(withoutStore)).isTrue();
        assertThat(policy.matches(attributes(Map.of()))).isFalse();
    }

    @Test
    void existsOnTheBody() {
        FilterPolicy policy = bodyPolicy("{\"store\": [{\"exists\": true}]}");

        assertThat(policy.matches(body("{\"store\": \"fans\", \"customer_interests\": [\"baseball\"]}"))).isTrue();
        assertThat(policy.matches(body("{\"customer_interests\": [\"baseball\", \"basketball\"]}"))).isFalse();
    }
}

package media.polyglot.local.engine.sns;

import static media.polyglot.local.engine.sns.FilterCases.attributes;
import static media.polyglot.local.engine.sns.FilterCases.attributesPolicy;
import static media.polyglot.local.engine.sns.FilterCases.body;
import static media.polyglot.local.engine.sns.FilterCases.bodyPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filter policies on event-ruler, with the cases of AWS's page "AND/OR logic" (Amazon SNS subscription filter policies). */
class FilterPolicyAndOrLogicTest {

    @Test
    void everyKeyMustMatch() {
        FilterPolicy policy = attributesPolicy(
                "{\"customer_interests\": [\"rugby\"], \"price_usd\": [{\"numeric\": [\">\", 100]}]}");

        assertThat(policy.matches(attributes(Map.of("customer_interests", MessageAttribute.string("rugby"),
                "price_usd", MessageAttribute.number("101"))))).isTrue();
        assertThat(policy.matches(attributes(Map.of("customer_interests", MessageAttribute.string("rugby"),
                "price_usd", MessageAttribute.number("99"))))).isFalse();
        assertThat(policy.matches(attributes("customer_interests", MessageAttribute.string("rugby")))).isFalse();
    }

    @Test
    void theOrOperatorAcceptsEitherBranch() {
        FilterPolicy policy = bodyPolicy("{\"source\": [\"aws.cloudwatch\"], \"$or\": ["
                + "{\"metricName\": [\"CPUUtilization\"]}, {\"namespace\": [\"AWS/EC2\"]}]}");

        assertThat(policy.matches(body("{\"source\": \"aws.cloudwatch\", \"metricName\": \"CPUUtilization\"}")))
                .isTrue();
        assertThat(policy.matches(body("{\"source\": \"aws.cloudwatch\", \"namespace\": \"AWS/EC2\"}"))).isTrue();
        assertThat(policy.matches(body("{\"source\": \"aws.cloudwatch\", \"metricName\": \"DiskReadOps\"}")))
                .isFalse();
    }
}

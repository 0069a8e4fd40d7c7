package media.polyglot.local.engine.sns;

import static media.polyglot.local.engine.sns.FilterCases.attributes;
import static media.polyglot.local.engine.sns.FilterCases.attributesPolicy;
import static media.polyglot.local.engine.sns.FilterCases.body;
import static media.polyglot.local.engine.sns.FilterCases.bodyPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Filter policies on event-ruler, with the cases of AWS's page "Numeric value matching" (Amazon SNS subscription filter policies). */
class FilterPolicyNumericValueMatchingTest {

    @Test
    void exactMatchingComparesNumbersNotTheirSpelling() {
        FilterPolicy policy = attributesPolicy("{\"price_usd\": [{\"numeric\": [\"=\", 301.5]}]}");

        assertThat(policy.matches(attributes("price_usd", MessageAttribute.number("301.5")))).isTrue();
        assertThat(policy.matches(attributes("price_usd", MessageAttribute.number("3.015e2")))).isTrue();
        assertThat(policy.matches(attributes("price_usd", MessageAttribute.number("301.6")))).isFalse();
        assertThat(bodyPolicy("{\"price_usd\": [{\"numeric\": [\"=\", 301.5]}]}")
                .matches(body("{\"price_usd\": 3.015e2}"))).isTrue();
    }

    @Test
    void anythingButRefusesTheListedNumbers() {
        FilterPolicy policy = attributesPolicy("{\"price\": [{\"anything-but\": [100, 500]}]}");

        assertThat(policy.matches(attributes("price", MessageAttribute.number("101")))).isTrue();
        assertThat(policy.matches(attributes("price", MessageAttribute.number("100.1")))).isTrue();
        assertThat(policy.matches(attributes("price", MessageAttribute.number("100")))).isFalse();
    }

    @Test
    void rangesBoundTheValueOnEitherSide() {
        FilterPolicy policy = attributesPolicy("{\"price_usd\": [{\"numeric\": [\">\", 0, \"<=\", 150]}]}");

        assertThat(policy.matches(attributes("price_usd", MessageAttribute.number("150")))).isTrue();
        assertThat(policy.matches(attributes("price_usd", MessageAttribute.number("0.01")))).isTrue();
        assertThat(policy.matches(attributes("price_usd", MessageAttribute.number("0")))).isFalse();
        assertThat(policy.matches(attributes("price_usd", MessageAttribute.number("150.5")))).isFalse();
    }
}

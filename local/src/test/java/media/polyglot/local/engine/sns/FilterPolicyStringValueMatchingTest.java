package media.polyglot.local.engine.sns;

import static media.polyglot.local.engine.sns.FilterCases.attributes;
import static media.polyglot.local.engine.sns.FilterCases.attributesPolicy;
import static media.polyglot.local.engine.sns.FilterCases.body;
import static media.polyglot.local.engine.sns.FilterCases.bodyPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Filter policies on event-ruler, with the cases of AWS's page "String value matching" (Amazon SNS subscription filter policies). */
class FilterPolicyStringValueMatchingTest {

    @Test
    void exactMatchingAcceptsAnyListedValueAndEachElementOfAStringArray() {
        FilterPolicy policy = attributesPolicy(FilterCases.RUGBY_OR_TENNIS);

        assertThat(policy.matches(attributes("customer_interests", MessageAttribute.string("rugby")))).isTrue();
        assertThat(policy.matches(attributes("customer_interests", MessageAttribute.string("tennis")))).isTrue();
        assertThat(policy.matches(attributes("customer_interests",
                MessageAttribute.stringArray("[\"rugby\", \"tennis\"]")))).isTrue();
        assertThat(policy.matches(attributes("customer_interests", MessageAttribute.string("baseball")))).isFalse();
        assertThat(policy.matches(attributes("customer_interests",
                MessageAttribute.stringArray("[\"baseball\"]")))).isFalse();
    }

    @Test
    void exactMatchingOnTheBody() {
        FilterPolicy policy = bodyPolicy(FilterCases.RUGBY_OR_TENNIS);

        assertThat(policy.matches(body("{\"customer_interests\": \"rugby\"}"))).isTrue();
        assertThat(policy.matches(body("{\"customer_interests\": \"tennis\"}"))).isTrue();
        assertThat(policy.matches(body("{\"customer_interests\": \"baseball\"}"))).isFalse();
    }

    @Test
    void anythingButAcceptsValuesNotListedAndArraysWithAnyValueNotListed() {
        FilterPolicy policy = attributesPolicy("{\"customer_interests\": [{\"anything-but\": [\"rugby\", \"tennis\"]}]}");

        assertThat(policy.matches(attributes("customer_interests", MessageAttribute.string("baseball")))).isTrue();
        assertThat(policy.matches(attributes("customer_interests", MessageAttribute.string("football")))).isTrue();
        assertThat(policy.matches(attributes("customer_interests",
                MessageAttribute.stringArray("[\"rugby\", \"baseball\"]")))).isTrue();
        assertThat(policy.matches(attributes("customer_interests", MessageAttribute.string("rugby")))).isFalse();
    }

    @Test
    void anythingButWithAPrefixRefusesValuesStartingWithIt() {
        FilterPolicy policy = attributesPolicy("{\"event\": [{\"anything-but\": {\"prefix\": \"order-\"}}]}");

        assertThat(policy.matches(attributes("event", MessageAttribute.string("data-entry")))).isTrue();
        assertThat(policy.matches(attributes("event", MessageAttribute.string("order_number")))).isTrue();
        assertThat(policy.matches(attributes("event", MessageAttribute.string("order-cancelled")))).isFalse();
    }

    @Test
    void equalsIgnoreCaseMatchesAnyCasing() {
        FilterPolicy policy = attributesPolicy("{\"customer_interests\": [{\"equals-ignore-case\": \"tennis\"}]}");

        assertThat(policy.matches(attributes("customer_interests", MessageAttribute.string("TENNIS")))).isTrue();
        assertThat(policy.matches(attributes("customer_interests", MessageAttribute.string("Tennis")))).isTrue();
        assertThat(policy.matches(attributes("customer_interests", MessageAttribute.string("rugby")))).isFalse();
    }

    @Test
    void prefixMatchesValuesBeginningWithIt() {
        FilterPolicy policy = attributesPolicy("{\"customer_interests\": [{\"prefix\": \"bas\"}]}");

        assertThat(policy.matches(attributes("customer_interests", MessageAttribute.string("baseball")))).isTrue();
        assertThat(policy.matches(attributes("customer_interests", MessageAttribute.string("basketball")))).isTrue();
        assertThat(policy.matches(attributes("customer_interests", MessageAttribute.string("rugby")))).isFalse();
    }

    @Test
    void suffixMatchesValuesEndingWithIt() {
        FilterPolicy policy = attributesPolicy("{\"customer_interests\": [{\"suffix\": \"ball\"}]}");

        assertThat(policy.matches(attributes("customer_interests", MessageAttribute.string("baseball")))).isTrue();
        assertThat(policy.matches(attributes("customer_interests", MessageAttribute.string("basketball")))).isTrue();
        assertThat(policy.matches(attributes("customer_interests", MessageAttribute.string("rugby")))).isFalse();
    }
}

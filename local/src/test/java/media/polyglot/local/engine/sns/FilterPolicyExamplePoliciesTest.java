package media.polyglot.local.engine.sns;

import static media.polyglot.local.engine.sns.FilterCases.attributes;
import static media.polyglot.local.engine.sns.FilterCases.attributesPolicy;
import static media.polyglot.local.engine.sns.FilterCases.body;
import static media.polyglot.local.engine.sns.FilterCases.bodyPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filter policies on event-ruler, with the cases of AWS's page "Amazon SNS example filter policies" (Amazon SNS subscription filter policies). */
class FilterPolicyExamplePoliciesTest {

    private static final String POLICY = "{\"store\": [\"example_corp\"], \"event\": [{\"anything-but\":"
            + " \"order_cancelled\"}], \"customer_interests\": [\"rugby\", \"football\", \"baseball\"],"
            + " \"price_usd\": [{\"numeric\": [\">=\", 100]}]}";

    @Test
    void theTransactionInMessageAttributesMatches() {
        Notification transaction = attributes(Map.of(
                "customer_interests", MessageAttribute.stringArray("[\"soccer\", \"rugby\", \"hockey\"]"),
                "store", MessageAttribute.string("example_corp"),
                "event", MessageAttribute.string("order_placed"),
                "price_usd", MessageAttribute.number("210.75")));

        assertThat(attributesPolicy(POLICY).matches(transaction)).isTrue();
    }

    @Test
    void theTransactionInTheBodyMatchesAndANestedPolicyReachesIntoIt() {
        Notification transaction = body("{\"customer_interests\": [\"soccer\", \"rugby\", \"hockey\"],"
                + " \"store\": \"example_corp\", \"event\": \"order_placed\", \"price_usd\": 210.75,"
                + " \"delivery\": {\"country\": \"DE\"}}");

        assertThat(bodyPolicy(POLICY).matches(transaction)).isTrue();
        assertThat(bodyPolicy("{\"delivery\": {\"country\": [\"DE\"]}}").matches(transaction)).isTrue();
        assertThat(bodyPolicy("{\"delivery\": {\"country\": [\"FR\"]}}").matches(transaction)).isFalse();
    }

    @Test
    void aBodyThatIsNotAJsonObjectMatchesNothing() {
        assertThat(bodyPolicy(FilterCases.RUGBY_OR_TENNIS).matches(body("rugby"))).isFalse();
    }
}

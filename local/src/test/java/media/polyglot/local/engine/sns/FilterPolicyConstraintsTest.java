package media.polyglot.local.engine.sns;

import static media.polyglot.local.engine.sns.FilterCases.attributesPolicy;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Filter policies on event-ruler, with the cases of AWS's page "Amazon SNS filter policy constraints" (Amazon SNS subscription filter policies). */
class FilterPolicyConstraintsTest {

    @Test
    void aNestedPolicyIsRefusedForMessageAttributes() {
        assertThatThrownBy(() -> attributesPolicy("{\"delivery\": {\"country\": [\"DE\"]}}"))
                .isInstanceOf(SnsException.class)
                .hasMessage("Invalid parameter: Attributes Reason: FilterPolicy: Filter policy scope"
                        + " MessageAttributes does not support nested filter policy");
    }

    @Test
    void aPolicyWithMoreThanFiveKeysIsRefused() {
        assertThatThrownBy(() -> attributesPolicy(
                "{\"a\": [\"1\"], \"b\": [\"1\"], \"c\": [\"1\"], \"d\": [\"1\"], \"e\": [\"1\"], \"f\": [\"1\"]}"))
                .isInstanceOf(SnsException.class)
                .hasMessage("Invalid parameter: Attributes Reason: FilterPolicy: Filter policy can not have more"
                        + " than 5 keys");
    }

    @Test
    void anOperatorSnsDoesNotHaveIsRefusedThoughEventRulerKnowsIt() {
        assertThatThrownBy(() -> attributesPolicy("{\"store\": [{\"wildcard\": \"example*\"}]}"))
                .isInstanceOf(SnsException.class)
                .hasMessage("Invalid parameter: Attributes Reason: FilterPolicy: Unrecognized match type wildcard");
    }

    @Test
    void aValueThatIsNotAListIsRefused() {
        assertThatThrownBy(() -> attributesPolicy("{\"store\": \"example_corp\"}"))
                .isInstanceOf(SnsException.class)
                .extracting(e -> ((SnsException) e).code())
                .isEqualTo("InvalidParameter");
    }
}

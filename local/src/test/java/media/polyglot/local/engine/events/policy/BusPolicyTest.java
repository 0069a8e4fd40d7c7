package media.polyglot.local.engine.events.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Bus policies evaluated as EventBridge evaluates them for PutEvents, statements in the forms templates write. */
class BusPolicyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OWNER = "000000000000";
    private static final String ACME = "111122223333";
    private static final String GLOBEX = "444455556666";
    private static final String BUS = "arn:aws:events:us-east-1:000000000000:event-bus/polyglot";

    /** The statement CDK synthesizes for infra's PartnerAccess (Principal as the account root ARN). */
    private static final BusPolicy ACME_SOURCES = new BusPolicy(java.util.List.of(PolicyStatement.read(json("""
            {"Sid": "cdk-PutEventsFrom-acme-translation", "Effect": "Allow", "Action": "events:PutEvents",
             "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Resource": "%s",
             "Condition": {"StringEquals": {"events:source": ["partner.translation.acme"]}}}""".formatted(BUS)))));

    @Test
    void theBusOwnersAccountPutsAnySourceWithoutAPolicy() {
        assertThat(BusPolicy.EMPTY.allows(put(OWNER, "anything.at.all", "Whatever"), OWNER)).isTrue();
    }

    @Test
    void anotherAccountIsRefusedWhenTheBusHasNoPolicy() {
        assertThat(BusPolicy.EMPTY.allows(put(ACME, "partner.translation.acme", "TranslationDelivered"), OWNER))
                .isFalse();
    }

    @Test
    void aPartnerPutsItsOwnSource() {
        assertThat(ACME_SOURCES.allows(put(ACME, "partner.translation.acme", "TranslationDelivered"), OWNER)).isTrue();
    }

    @Test
    void aPartnerIsRefusedAnotherPartnersSource() {
        assertThat(ACME_SOURCES.allows(put(ACME, "partner.translation.globex", "TranslationDelivered"), OWNER))
                .isFalse();
        assertThat(ACME_SOURCES.allows(put(ACME, "polyglot.localization", "TranslationCompleted"), OWNER)).isFalse();
    }

    @Test
    void anAccountThePolicyDoesNotNameIsRefusedEvenForAnAllowedSource() {
        assertThat(ACME_SOURCES.allows(put(GLOBEX, "partner.translation.acme", "TranslationDelivered"), OWNER))
                .isFalse();
    }

    @Test
    void anotherBusIsNotCoveredByTheStatementsResource() {
        PutEventsRequest elsewhere = new PutEventsRequest(ACME, BUS.replace("polyglot", "other"),
                "partner.translation.acme", "TranslationDelivered");
        assertThat(ACME_SOURCES.allows(elsewhere, OWNER)).isFalse();
    }

    @Test
    void aPlainAccountIdAListOfPrincipalsAndWildcardActionsAndResourcesAllAllow() {
        BusPolicy policy = BusPolicy.read(json("""
                {"Version": "2012-10-17", "Statement": [{"Sid": "both", "Effect": "Allow",
                  "Principal": {"AWS": ["444455556666", "arn:aws:iam::111122223333:root"]},
                  "Action": ["events:*"], "Resource": "arn:aws:events:us-east-1:000000000000:event-bus/*"}]}"""));

        assertThat(policy.allows(put(ACME, "any.source", "Any"), OWNER)).isTrue();
        assertThat(policy.allows(put(GLOBEX, "any.source", "Any"), OWNER)).isTrue();
        assertThat(policy.allows(put("777788889999", "any.source", "Any"), OWNER)).isFalse();
    }

    @Test
    void anActionOtherThanPutEventsAllowsNothing() {
        BusPolicy policy = BusPolicy.read(json("""
                {"Statement": {"Effect": "Allow", "Principal": {"AWS": "111122223333"},
                  "Action": "events:PutRule", "Resource": "*"}}"""));

        assertThat(policy.allows(put(ACME, "any.source", "Any"), OWNER)).isFalse();
    }

    @Test
    void anIamRoleAsPrincipalDoesNotMatchAnAccountCaller() {
        BusPolicy policy = BusPolicy.read(json("""
                {"Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/sender"},
                  "Action": "events:PutEvents", "Resource": "*"}}"""));

        assertThat(policy.allows(put(ACME, "any.source", "Any"), OWNER)).isFalse();
    }

    @Test
    void stringLikeMatchesSourcesByWildcardAndDetailTypeConditionsAllMustHold() {
        BusPolicy policy = BusPolicy.read(json("""
                {"Statement": {"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "events:PutEvents",
                  "Resource": "*", "Condition": {"StringLike": {"events:source": "partner.translation.acme*"},
                                                 "StringEquals": {"events:detail-type": ["TranslationDelivered",
                                                                                         "TranslationDeclined"]}}}}"""));

        assertThat(policy.allows(put(ACME, "partner.translation.acme.eu", "TranslationDeclined"), OWNER)).isTrue();
        assertThat(policy.allows(put(ACME, "partner.translation.acme", "ContentPublished"), OWNER)).isFalse();
        assertThat(policy.allows(put(ACME, "partner.translation.globex", "TranslationDelivered"), OWNER)).isFalse();
    }

    @Test
    void forAllValuesHoldsForTheValuesListedAndForAnAbsentKey() {
        BusPolicy policy = BusPolicy.read(json("""
                {"Statement": {"Effect": "Allow", "Principal": "*", "Action": "events:PutEvents", "Resource": "*",
                  "Condition": {"ForAllValues:StringEquals": {"events:source": ["a.b"],
                                                              "events:unknown-key": ["x"]}}}}"""));

        assertThat(policy.allows(put(ACME, "a.b", "T"), OWNER)).isTrue();
        assertThat(policy.allows(put(ACME, "c.d", "T"), OWNER)).isFalse();
    }

    @Test
    void aConditionOnAKeyTheRequestLacksFailsSoAnOrganizationGrantRefusesEveryone() {
        // "*" restricted to an organization: the runtime knows no organizations, so the key is absent.
        BusPolicy policy = new BusPolicy(java.util.List.of(PolicyStatement.permission("org", "events:PutEvents", "*",
                json("{\"Type\": \"StringEquals\", \"Key\": \"aws:PrincipalOrgID\", \"Value\": \"o-1234567\"}"), BUS)));

        assertThat(policy.allows(put(ACME, "any.source", "Any"), OWNER)).isFalse();
    }

    @Test
    void theOlderPermissionFormGrantsItsAccount() {
        BusPolicy policy = BusPolicy.EMPTY.with(PolicyStatement.permission("acme", "events:PutEvents", ACME, null, BUS));

        assertThat(policy.allows(put(ACME, "any.source", "Any"), OWNER)).isTrue();
        assertThat(policy.allows(put(GLOBEX, "any.source", "Any"), OWNER)).isFalse();
        assertThat(policy.without("acme").allows(put(ACME, "any.source", "Any"), OWNER)).isFalse();
    }

    @Test
    void anExplicitDenyWinsOverAnAllow() {
        BusPolicy policy = BusPolicy.read(json("""
                {"Statement": [
                  {"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "events:PutEvents", "Resource": "*"},
                  {"Effect": "Deny", "Principal": "*", "Action": "events:PutEvents", "Resource": "*",
                   "Condition": {"StringEquals": {"events:source": "polyglot.content"}}}]}"""));

        assertThat(policy.allows(put(ACME, "partner.x", "T"), OWNER)).isTrue();
        assertThat(policy.allows(put(ACME, "polyglot.content", "T"), OWNER)).isFalse();
    }

    @Test
    void aStatementWithTheSameSidReplacesTheEarlierOne() {
        BusPolicy policy = ACME_SOURCES.with(PolicyStatement.permission("cdk-PutEventsFrom-acme-translation",
                "events:PutEvents", GLOBEX, null, BUS));

        assertThat(policy.statements()).hasSize(1);
        assertThat(policy.allows(put(ACME, "partner.translation.acme", "T"), OWNER)).isFalse();
        assertThat(policy.allows(put(GLOBEX, "partner.translation.acme", "T"), OWNER)).isTrue();
    }

    @Test
    void anOperatorTheRuntimeDoesNotEvaluateIsRefusedWhenThePolicyIsRead() {
        assertThatThrownBy(() -> BusPolicy.read(json("""
                {"Statement": {"Effect": "Allow", "Principal": "*", "Action": "events:PutEvents", "Resource": "*",
                  "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}}""")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("condition operator IpAddress is not evaluated by the local runtime");
        assertThatThrownBy(() -> BusPolicy.read(json("{\"Statement\": {\"Effect\": \"Maybe\"}}")))
                .hasMessage("policy statement (no Sid): Effect must be Allow or Deny, was 'Maybe'");
        assertThatThrownBy(() -> BusPolicy.read(json("{\"Version\": \"2012-10-17\"}")))
                .hasMessageStartingWith("a bus policy needs a Statement");
        assertThatThrownBy(() -> PolicyStatement.permission("half", "events:PutEvents", null, null, BUS))
                .hasMessage("statement half needs an Action and a Principal, or a Statement");
    }

    @Test
    void theDocumentListsEveryStatementAndTheRefusalNamesCallerAndBus() {
        assertThat(BusPolicy.EMPTY.document()).isEmpty();
        assertThat(json(ACME_SOURCES.document().orElseThrow()).path("Statement").get(0).path("Sid").asText())
                .isEqualTo("cdk-PutEventsFrom-acme-translation");
        assertThat(BusPolicy.refusal(put(ACME, "x", "y"))).isEqualTo("User: arn:aws:iam::111122223333:root is not"
                + " authorized to perform: events:PutEvents on resource: " + BUS + " because no resource-based policy"
                + " allows the events:PutEvents action");
    }

    private static PutEventsRequest put(String caller, String source, String detailType) {
        return new PutEventsRequest(caller, BUS, source, detailType);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}

package media.polyglot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * A partner account may put events on our bus only under its own sources (the bus policy infra writes from
 * infra/partners.json). Needs a deployed stack and the credentials of a partner account listed there
 * ({@code POLYGLOT_PARTNER_ACCESS_KEY_ID}, {@code POLYGLOT_PARTNER_SECRET_ACCESS_KEY}, and its source in
 * {@code POLYGLOT_PARTNER_SOURCE}); the local runtime does not enforce resource policies, as {@code up} reports.
 */
@ExtendWith(SharedTarget.class)
class PartnerSecurityScenarioTest {

    private static final String ACCESS_KEY = System.getenv("POLYGLOT_PARTNER_ACCESS_KEY_ID");
    private static final String SECRET_KEY = System.getenv("POLYGLOT_PARTNER_SECRET_ACCESS_KEY");
    private static final String OWN_SOURCE = System.getenv("POLYGLOT_PARTNER_SOURCE");

    @BeforeAll
    static void requirePartnerCredentials() {
        assumeThat(Targets.selected()).as("bus policies are enforced by EventBridge only; the local runtime reports"
                + " AWS::Events::EventBusPolicy as not run").isEqualTo("deployed");
        assumeThat(ACCESS_KEY != null && SECRET_KEY != null && OWN_SOURCE != null)
                .as("needs POLYGLOT_PARTNER_ACCESS_KEY_ID, POLYGLOT_PARTNER_SECRET_ACCESS_KEY and POLYGLOT_PARTNER_SOURCE"
                        + " of a partner in infra/partners.json").isTrue();
    }

    @Test
    void aPartnerPutsUnderItsOwnSourceButNotUnderAnotherPartners(Target target) {
        String busArn;
        try (EventBridgeClient ours = target.client(EventBridgeClient.builder())) {
            busArn = ours.describeEventBus(d -> d.name(target.output("EventBusName"))).arn();
        }
        try (EventBridgeClient partner = EventBridgeClient.builder().region(Region.of(target.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build()) {
            assertThat(put(partner, busArn, OWN_SOURCE).errorCode()).isNull();
            try {
                PutEventsResultEntry foreign = put(partner, busArn, "partner.translation.someone-else");
                assertThat(foreign.errorCode()).isIn("NotAuthorizedForSourceException", "AccessDeniedException");
            } catch (EventBridgeException refused) {
                assertThat(refused.statusCode()).isIn(400, 403);
                assertThat(refused.awsErrorDetails().errorCode()).isIn("AccessDeniedException",
                        "NotAuthorizedForSourceException");
            }
        }
    }

    private static PutEventsResultEntry put(EventBridgeClient client, String busArn, String source) {
        List<PutEventsResultEntry> entries = client.putEvents(p -> p.entries(e -> e.eventBusName(busArn).source(source)
                .detailType("TranslationDeclined").detail("{\"metadata\": {}, \"data\": {}}"))).entries();
        return entries.get(0);
    }
}

package media.polyglot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import media.polyglot.infra.ProjectRoot;
import media.polyglot.infra.backbone.Partner;
import media.polyglot.infra.backbone.Partners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClientBuilder;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * A partner account may put events on our bus only under its own sources (the bus policy infra writes from
 * infra/partners.json). On the embedded runtime the partner is the first account of partners.json (an access key
 * id of twelve digits is that account there); on a deployed stack it needs that partner's real credentials
 * ({@code POLYGLOT_PARTNER_ACCESS_KEY_ID}, {@code POLYGLOT_PARTNER_SECRET_ACCESS_KEY}).
 */
@ExtendWith(SharedTarget.class)
class PartnerSecurityScenarioTest {

    @Test
    void aPartnerPutsUnderItsOwnSourceButNotUnderAnotherPartners(Target target) {
        Partner partner = Partners.load(ProjectRoot.ofWorkingDirectory().path()).get(0);
        String ownSource = partner.sources().get(0);
        String busArn;
        try (EventBridgeClient ours = target.client(EventBridgeClient.builder())) {
            busArn = ours.describeEventBus(d -> d.name(target.output("EventBusName"))).arn();
        }
        try (EventBridgeClient asPartner = partnerClient(target, partner.account())) {
            assertThat(put(asPartner, busArn, ownSource).errorCode()).isNull();
            PutEventsResultEntry foreign = put(asPartner, busArn, "partner.translation.someone-else");
            assertThat(foreign.errorCode()).isEqualTo("AccessDeniedException");
            PutEventsResultEntry ours = put(asPartner, busArn, "polyglot.content");
            assertThat(ours.errorCode()).isEqualTo("AccessDeniedException");
        }
    }

    private static EventBridgeClient partnerClient(Target target, String account) {
        EventBridgeClientBuilder builder = EventBridgeClient.builder().region(Region.of(target.region()));
        switch (target.name()) {
            case "embedded" -> builder.endpointOverride(target.endpoint()).credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "partner-secret")));
            case "deployed" -> {
                String accessKey = System.getenv("POLYGLOT_PARTNER_ACCESS_KEY_ID");
                String secretKey = System.getenv("POLYGLOT_PARTNER_SECRET_ACCESS_KEY");
                assumeThat(accessKey != null && secretKey != null).as("a deployed stack needs the credentials of the"
                        + " partner account " + account + ": POLYGLOT_PARTNER_ACCESS_KEY_ID and"
                        + " POLYGLOT_PARTNER_SECRET_ACCESS_KEY").isTrue();
                builder.credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(accessKey, secretKey)));
            }
            default -> assumeThat(target.name()).as("LocalStack's community engine does not enforce bus policies")
                    .isIn("embedded", "deployed");
        }
        return builder.build();
    }

    private static PutEventsResultEntry put(EventBridgeClient client, String busArn, String source) {
        List<PutEventsResultEntry> entries = client.putEvents(p -> p.entries(e -> e.eventBusName(busArn).source(source)
                .detailType("TranslationDeclined").detail("{\"metadata\": {}, \"data\": {}}"))).entries();
        return entries.get(0);
    }
}

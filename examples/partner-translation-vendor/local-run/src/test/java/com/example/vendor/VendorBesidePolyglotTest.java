package com.example.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import media.polyglot.events.EventType;
import media.polyglot.events.SchemaResources;
import media.polyglot.events.localization.TranslationRequested;
import media.polyglot.events.moderation.ContentApproved;
import media.polyglot.infra.PolyglotApp;
import media.polyglot.infra.backbone.Partner;
import media.polyglot.infra.backbone.Partners;
import media.polyglot.infra.ProjectRoot;
import media.polyglot.infra.Stage;
import media.polyglot.local.LocalRuntime;
import media.polyglot.local.LocalSettings;
import media.polyglot.local.observe.Hop;
import media.polyglot.local.observe.HopKind;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.StackProps;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * The example partner's stack beside ours on the local runtime: our partner rule (from infra/partners.json) delivers
 * TranslationRequested to the partner's bus, its rule and queue feed its function, which answers TranslationDelivered
 * on our bus under partner.translation.acme through the partner client; localization completes the translation and
 * publishing publishes. The sandbox vendor is off, so every answer is the partner's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VendorBesidePolyglotTest {

    // Long enough for one cold start that overruns Lambda's 10 s init on a loaded machine, and the redelivery a
    // minute later (the partner queue's visibility timeout, six times its function's 10 s).
    private static final Duration FLOW = Duration.ofSeconds(150);
    // The local runtime runs every stack in one account: the partner's rule takes our events from that account.
    private static final String LOCAL_ACCOUNT = "000000000000";
    // A request signed with this key is from acme's account of partners.json, as the partner's own code would be.
    private static final String ACME_ACCESS_KEY = "acme-translation-key";

    private static LocalRuntime runtime;
    private static EventBridgeClient eventBridge;
    private static EventBridgeClient acmeEventBridge;
    private static Partner acme;

    @BeforeAll
    static void synthesizeBothAndStart() {
        Path target = Path.of("target").toAbsolutePath();
        App ours = new App(AppProps.builder().outdir(target.resolve("cdk.out-polyglot").toString())
                .context(Map.of("sandboxVendor", "false")).build());
        // Our root, not the example's (it has a cdk.json of its own).
        ProjectRoot root = ProjectRoot.locate(Path.of("../../.."));
        PolyglotApp.define(ours, new Stage(Stage.DEFAULT), root);
        acme = Partners.load(root.path()).stream().filter(partner -> partner.name().equals("acme-translation")).findFirst()
                .orElseThrow();
        Path ourAssembly = Path.of(ours.synth().getDirectory());

        App theirs = new App(AppProps.builder().outdir(target.resolve("cdk.out-vendor").toString()).build());
        new VendorStack(theirs, "PartnerTranslationVendor", StackProps.builder().build(), new VendorStack.Settings(
                LOCAL_ACCOUNT, "acme", Path.of("../handler/target/partner-translation-vendor.jar")));
        Path theirAssembly = Path.of(theirs.synth().getDirectory());

        Path both = TwoStacks.merge(ourAssembly, theirAssembly, target.resolve("cdk.out-both"));
        runtime = LocalRuntime.start(LocalSettings.defaults(both).withEdgePort(0)
                .withPartnerAccount(ACME_ACCESS_KEY, acme.account()));
        eventBridge = client("test");
        acmeEventBridge = client(ACME_ACCESS_KEY);
    }

    @AfterAll
    static void stop() {
        if (eventBridge != null) {
            eventBridge.close();
            acmeEventBridge.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    @Order(1)
    void ourRuleDeliversARequestToThePartnersBusAndThePartnerAnswersOnOurs() {
        String correlationId = UUID.randomUUID().toString();
        ObjectNode requested = flowOf(TranslationRequested.TYPE, correlationId);

        put("polyglot.localization", "TranslationRequested", requested);

        awaitPut(correlationId, "TranslationDelivered", 1);
        assertThat(puts(correlationId, "TranslationRequested")).extracting(Hop::resource)
                .containsExactly("polyglot", "polyglot-deliveries");
        Hop answer = puts(correlationId, "TranslationDelivered").get(0);
        assertThat(answer.resource()).isEqualTo("polyglot");
        assertThat(answer.details().get("source")).isEqualTo("partner.translation.acme");
        assertThat(answer.details().get("causationId")).isEqualTo(requested.path("metadata").path("eventId").asText());
    }

    @Test
    @Order(2)
    void anApprovedArticleIsTranslatedByThePartnerAndPublished() {
        String correlationId = UUID.randomUUID().toString();
        ObjectNode approved = flowOf(ContentApproved.TYPE, correlationId);
        ((ObjectNode) approved.path("data")).put("contentId", "c-" + correlationId.substring(0, 8))
                .putArray("targetLanguages").add("de").add("fr");

        put("polyglot.moderation", "ContentApproved", approved);

        awaitPut(correlationId, "ContentPublished.v2", 1);
        assertThat(puts(correlationId, "TranslationDelivered")).hasSize(2).allSatisfy(hop -> {
            assertThat(hop.resource()).isEqualTo("polyglot");
            assertThat(hop.details().get("source")).isEqualTo("partner.translation.acme");
        });
        assertThat(puts(correlationId, "TranslationRequested")).extracting(Hop::resource)
                .containsExactlyInAnyOrder("polyglot", "polyglot", "polyglot-deliveries", "polyglot-deliveries");
        assertThat(puts(correlationId, "TranslationCompleted")).hasSize(2);
        System.out.println("the flow's hops:\n" + hops(correlationId));
    }

    @Test
    @Order(3)
    void ourSynthesizedBusPolicyLetsAcmesAccountPutItsSourceAndRefusesAnotherPartners() {
        // What infra/partners.json makes our bus policy allow acme's account; any other source is refused.
        PutEventsResponse response = acmeEventBridge.putEvents(r -> r.entries(
                e -> e.eventBusName("polyglot").source("partner.translation.globex").detailType("PolicyProbe")
                        .detail("{}"),
                e -> e.eventBusName("polyglot").source(acme.sources().get(0)).detailType("PolicyProbe").detail("{}")));

        assertThat(response.failedEntryCount()).isEqualTo(1);
        assertThat(response.entries().get(0).errorCode()).isEqualTo("AccessDeniedException");
        assertThat(response.entries().get(0).errorMessage()).startsWith("User: arn:aws:iam::" + acme.account()
                + ":root is not authorized to perform: events:PutEvents on resource: arn:aws:events:us-east-1:"
                + LOCAL_ACCOUNT + ":event-bus/polyglot");
        assertThat(response.entries().get(1).eventId()).isNotBlank();
    }

    private static EventBridgeClient client(String accessKeyId) {
        return EventBridgeClient.builder().endpointOverride(runtime.edgeUrl()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "secret")))
                .build();
    }

    /** The example event of {@code type}, made the first event of a new flow. */
    private static ObjectNode flowOf(EventType type, String correlationId) {
        ObjectNode event = (ObjectNode) SchemaResources.example(type).deepCopy();
        ((ObjectNode) event.path("metadata")).put("eventId", UUID.randomUUID().toString())
                .put("correlationId", correlationId).put("occurredAt", Instant.now().toString());
        return event;
    }

    private static void put(String source, String detailType, ObjectNode detail) {
        eventBridge.putEvents(r -> r.entries(e -> e.eventBusName("polyglot").source(source)
                .detailType(detailType).detail(detail.toString())));
    }

    private static void awaitPut(String correlationId, String detailType, int count) {
        try {
            await().atMost(FLOW).pollInterval(Duration.ofMillis(500))
                    .until(() -> puts(correlationId, detailType).size() >= count);
        } catch (ConditionTimeoutException missing) {
            throw new AssertionError(detailType + " not put within " + FLOW + "; the flow's hops:\n" + hops(correlationId),
                    missing);
        }
    }

    private static String hops(String correlationId) {
        return String.join("\n", runtime.hops().trace(correlationId).stream()
                .map(hop -> hop.kind() + " " + hop.resource() + " " + hop.outcome() + " " + hop.details()).toList());
    }

    private static List<Hop> puts(String correlationId, String detailType) {
        return runtime.hops().trace(correlationId).stream()
                .filter(hop -> hop.kind() == HopKind.EVENT_PUT && detailType.equals(hop.details().get("detailType")))
                .toList();
    }
}

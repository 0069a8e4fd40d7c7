package com.example.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
import media.polyglot.local.stack.StartedStack;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The example partner's stack beside ours on the local runtime, each stack in its own account: ours is
 * environment-agnostic and runs in the runtime's account, the partner's runs in acme's (its environment names the
 * account of infra/partners.json), a third vendor's in an account partners.json does not list. Our partner rule
 * delivers TranslationRequested, ContentPublished and ContentPublished.v2 to acme's bus, whose policy lets our account
 * put; acme's rules and queues feed its functions, which answer TranslationDelivered on our bus with acme's
 * credentials, under partner.translation.acme, as our bus policy allows. The sandbox vendor is off, so every answer
 * is the partner's. Nobody passes keys: each function runs with its stack's account.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VendorBesidePolyglotTest {

    // Long enough for one cold start that overruns Lambda's 10 s init on a loaded machine, and the redelivery a
    // minute later (the partner queue's visibility timeout, six times its function's 10 s).
    private static final Duration FLOW = Duration.ofSeconds(150);
    private static final String REGION = "us-east-1";
    // Our stack names no environment: it runs in the runtime's own account, which is the partners' "Polyglot account".
    private static final String POLYGLOT_ACCOUNT = "000000000000";
    private static final String OUR_BUS = "arn:aws:events:us-east-1:" + POLYGLOT_ACCOUNT + ":event-bus/polyglot";
    // A vendor with the same app in an account infra/partners.json does not list.
    private static final String GLOBEX_ACCOUNT = "444455556666";

    private static LocalRuntime runtime;
    private static EventBridgeClient eventBridge;
    private static Partner acme;
    private static String acmeBus;
    private static String globexBus;

    @BeforeAll
    static void synthesizeAllAndStart() {
        Path target = Path.of("target").toAbsolutePath();
        App ours = new App(AppProps.builder().outdir(target.resolve("cdk.out-polyglot").toString())
                .context(Map.of("sandboxVendor", "false")).build());
        // Our root, not the example's (it has a cdk.json of its own).
        ProjectRoot root = ProjectRoot.locate(Path.of("../../.."));
        PolyglotApp.define(ours, new Stage(Stage.DEFAULT), root);
        acme = Partners.load(root.path()).stream().filter(partner -> partner.name().equals("acme-translation")).findFirst()
                .orElseThrow();
        acmeBus = "arn:aws:events:us-east-1:" + acme.account() + ":event-bus/" + acme.bus();
        globexBus = "arn:aws:events:us-east-1:" + GLOBEX_ACCOUNT + ":event-bus/" + acme.bus();

        Path both = Assemblies.merge(target.resolve("cdk.out-all"), Path.of(ours.synth().getDirectory()),
                vendorApp(target, "PartnerTranslationVendor", acme.account(), "acme"),
                vendorApp(target, "GlobexTranslationVendor", GLOBEX_ACCOUNT, "globex"));
        runtime = LocalRuntime.start(LocalSettings.defaults(both).withEdgePort(0));
        eventBridge = client("test");
    }

    /** The example app synthesized as a vendor would, its stack in the vendor's account. */
    private static Path vendorApp(Path target, String stackId, String account, String vendor) {
        App app = new App(AppProps.builder().outdir(target.resolve("cdk.out-" + vendor).toString()).build());
        new VendorStack(app, stackId, StackProps.builder()
                .env(Environment.builder().account(account).region(REGION).build()).build(),
                new VendorStack.Settings(POLYGLOT_ACCOUNT, vendor, Path.of("../handler/target/partner-translation-vendor.jar")));
        return Path.of(app.synth().getDirectory());
    }

    @AfterAll
    static void stop() {
        if (eventBridge != null) {
            eventBridge.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    @Order(1)
    void eachStackRunsInItsOwnAccount() {
        assertThat(runtime.stacks()).extracting(StartedStack::stackName, StartedStack::accountId).contains(
                tuple("PartnerTranslationVendor", acme.account()), tuple("GlobexTranslationVendor", GLOBEX_ACCOUNT),
                tuple("Polyglot-dev", POLYGLOT_ACCOUNT));
    }

    @Test
    @Order(2)
    void ourRuleDeliversARequestToThePartnersBusAndThePartnerAnswersOnOursFromItsAccount() {
        String correlationId = UUID.randomUUID().toString();
        ObjectNode requested = flowOf(TranslationRequested.TYPE, correlationId);

        put("polyglot.localization", "TranslationRequested", requested);

        awaitPut(correlationId, "TranslationDelivered", 1);
        assertThat(puts(correlationId, "TranslationRequested")).extracting(hop -> hop.details().get("busArn"))
                .containsExactly(OUR_BUS, acmeBus);
        Hop answer = puts(correlationId, "TranslationDelivered").get(0);
        assertThat(answer.details()).containsEntry("busArn", OUR_BUS).containsEntry("account", acme.account())
                .containsEntry("source", "partner.translation.acme")
                .containsEntry("causationId", requested.path("metadata").path("eventId").asText());
    }

    @Test
    @Order(3)
    void anApprovedArticleIsTranslatedByThePartnerPublishedAndBothVersionsOfContentPublishedReachItsAccount() {
        String correlationId = UUID.randomUUID().toString();
        ObjectNode approved = flowOf(ContentApproved.TYPE, correlationId);
        ((ObjectNode) approved.path("data")).put("contentId", "c-" + correlationId.substring(0, 8))
                .putArray("targetLanguages").add("de").add("fr");

        put("polyglot.moderation", "ContentApproved", approved);

        awaitPut(correlationId, "ContentPublished.v2", 2);
        awaitPut(correlationId, "ContentPublished", 2);
        assertThat(puts(correlationId, "TranslationDelivered")).hasSize(2).allSatisfy(hop -> assertThat(hop.details())
                .containsEntry("busArn", OUR_BUS).containsEntry("account", acme.account())
                .containsEntry("source", "partner.translation.acme"));
        assertThat(puts(correlationId, "TranslationCompleted")).hasSize(2);
        for (String version : List.of("ContentPublished", "ContentPublished.v2")) {
            assertThat(puts(correlationId, version)).extracting(hop -> hop.details().get("busArn"))
                    .containsExactly(OUR_BUS, acmeBus);
        }
        // The partner's rule puts both on its buffer queue, in its account; its function handles both: they leave
        // the queue, neither failing its contract (which would park it in the dead-letter queue) nor its handler.
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(hopsOf(correlationId, HopKind.TARGET_DELIVERED, "arn:aws:sqs:us-east-1:" + acme.account()
                    + ":PartnerTranslationVendor-Publications")).hasSize(2);
            assertThat(hopsOf(correlationId, HopKind.FUNCTION_INVOKED, "PartnerTranslationVendor-Publications"))
                    .anySatisfy(hop -> assertThat(hop.failed()).isFalse());
            assertThat(messagesIn("PartnerTranslationVendor-Publications")).isZero();
        });
        assertThat(hopsOf(correlationId, HopKind.DEAD_LETTERED, "")).isEmpty();
        // Globex, not in partners.json, has the same app and bus name in its account and receives nothing.
        assertThat(runtime.hops().trace(correlationId)).noneSatisfy(hop -> {
            assertThat(hop.details().get("busArn")).isEqualTo(globexBus);
        }).noneSatisfy(hop -> assertThat(hop.resource()).startsWith("GlobexTranslationVendor"));
        System.out.println("the flow's hops:\n" + hops(correlationId));
    }

    @Test
    @Order(4)
    void ourBusPolicyLetsAcmesAccountPutItsSourceAndRefusesAnotherPartnersAndAnAccountNotListed() {
        try (EventBridgeClient asAcme = client(acme.account()); EventBridgeClient asGlobex = client(GLOBEX_ACCOUNT)) {
            PutEventsResponse fromAcme = asAcme.putEvents(r -> r.entries(
                    e -> e.eventBusName(OUR_BUS).source("partner.translation.globex").detailType("PolicyProbe")
                            .detail("{}"),
                    e -> e.eventBusName(OUR_BUS).source(acme.sources().get(0)).detailType("PolicyProbe").detail("{}")));
            PutEventsResultEntry fromGlobex = asGlobex.putEvents(r -> r.entries(e -> e.eventBusName(OUR_BUS)
                    .source("partner.translation.globex").detailType("PolicyProbe").detail("{}"))).entries().get(0);

            assertThat(fromAcme.entries().get(0).errorCode()).isEqualTo("AccessDeniedException");
            assertThat(fromAcme.entries().get(0).errorMessage()).startsWith("User: arn:aws:iam::" + acme.account()
                    + ":root is not authorized to perform: events:PutEvents on resource: " + OUR_BUS);
            assertThat(fromAcme.entries().get(1).eventId()).isNotBlank();
            assertThat(fromGlobex.errorCode()).isEqualTo("AccessDeniedException");
        }
    }

    @Test
    @Order(5)
    void anAccountNotInPartnersJsonCannotPutOnThePartnersBusWhichOnlyOurAccountMay() {
        try (EventBridgeClient asGlobex = client(GLOBEX_ACCOUNT)) {
            PutEventsResultEntry refused = asGlobex.putEvents(r -> r.entries(e -> e.eventBusName(acmeBus)
                    .source("polyglot.publishing").detailType("ContentPublished").detail("{}"))).entries().get(0);

            assertThat(refused.errorCode()).isEqualTo("AccessDeniedException");
            assertThat(refused.errorMessage()).startsWith("User: arn:aws:iam::" + GLOBEX_ACCOUNT
                    + ":root is not authorized to perform: events:PutEvents on resource: " + acmeBus);
        }
    }

    /** A client signed with this access key: a 12-digit key is that account's, the runtime's convention. */
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

    private static List<Hop> hopsOf(String correlationId, HopKind kind, String resourcePrefix) {
        return runtime.hops().trace(correlationId).stream()
                .filter(hop -> hop.kind() == kind && hop.resource().startsWith(resourcePrefix)).toList();
    }

    /** Messages waiting or in flight in the queues whose names start so (a subscription's buffer and its DLQ). */
    private static int messagesIn(String queuePrefix) {
        try (SqsClient sqs = SqsClient.builder().endpointOverride(runtime.edgeUrl()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build()) {
            List<String> urls = sqs.listQueues(q -> q.queueNamePrefix(queuePrefix)).queueUrls();
            assertThat(urls).hasSize(2);
            return urls.stream().mapToInt(url -> sqs.getQueueAttributes(a -> a.queueUrl(url).attributeNames(
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes().values().stream()
                    .mapToInt(Integer::parseInt).sum()).sum();
        }
    }

    private static void put(String source, String detailType, ObjectNode detail) {
        eventBridge.putEvents(r -> r.entries(e -> e.eventBusName(OUR_BUS).source(source)
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

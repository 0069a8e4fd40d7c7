package media.polyglot.partner.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import media.polyglot.events.Envelope;
import media.polyglot.events.localization.TranslationRequested;
import media.polyglot.events.publishing.ContentPublishedV2;
import media.polyglot.partner.consumer.PolyglotConsumer;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;

/** The construct's template, and the errors it gives at synth. */
class PolyglotSubscriptionTest {

    private static final String POLYGLOT = "123456789012";

    @Test
    void theBusLetsOnlyThePolyglotAccountPutEvents() {
        Template template = synth(props(List.of("TranslationRequested"), Map.of()));

        template.hasResourceProperties("AWS::Events::EventBus", Map.of("Name", "polyglot-deliveries"));
        template.resourceCountIs("AWS::Events::EventBusPolicy", 1);
        template.hasResourceProperties("AWS::Events::EventBusPolicy", Map.of(
                "StatementId", "cdk-PolyglotDelivers",
                "Statement", Map.of(
                        "Sid", "cdk-PolyglotDelivers",
                        "Effect", "Allow",
                        "Action", "events:PutEvents",
                        "Principal", Map.of("AWS", Match.objectLike(Map.of("Fn::Join", List.of("",
                                List.of("arn:", Map.of("Ref", "AWS::Partition"), ":iam::" + POLYGLOT + ":root"))))),
                        "Resource", Map.of("Fn::GetAtt", List.of(logicalId(template, "AWS::Events::EventBus"), "Arn")))));
    }

    @Test
    void aSecondSubscriptionReceivesOnTheFirstsBusWithItsOwnRuleQueueAndFunction() {
        App app = new App();
        Stack stack = new Stack(app, "Partner");
        PolyglotSubscription requests = new PolyglotSubscription(stack, "Requests", props(List.of("TranslationRequested"),
                Map.of()));
        new PolyglotSubscription(stack, "Publications", builder(List.of("ContentPublished.v2"))
                .bus(requests.bus()).handler(Handler.typed(code(), PublishedHandler.class)).build());
        Template template = Template.fromStack(stack);

        template.resourceCountIs("AWS::Events::EventBus", 1);
        template.resourceCountIs("AWS::Events::EventBusPolicy", 1);
        template.resourceCountIs("AWS::Events::Rule", 2);
        template.resourceCountIs("AWS::SQS::Queue", 4);
        template.resourceCountIs("AWS::Lambda::Function", 2);
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "EventBusName", Map.of("Ref", logicalId(template, "AWS::Events::EventBus")),
                "EventPattern", Match.objectLike(Map.of("detail-type", List.of("ContentPublished.v2")))));
    }

    @Test
    void theRuleTakesOnlyPolyglotsEventsOfTheDetailTypesAndDataPatternAskedFor() {
        Template template = synth(props(List.of("TranslationRequested"), Map.of("targetLanguage", List.of("de", "fr"))));

        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "EventBusName", Map.of("Ref", logicalId(template, "AWS::Events::EventBus")),
                "EventPattern", Map.of(
                        "source", List.of(Map.of("prefix", "polyglot.")),
                        "account", List.of(POLYGLOT),
                        "detail-type", List.of("TranslationRequested"),
                        "detail", Map.of("data", Map.of("targetLanguage", List.of("de", "fr")))),
                "Targets", List.of(Match.objectLike(Map.of(
                        "Arn", Map.of("Fn::GetAtt", List.of(queueId(template, false), "Arn")),
                        "DeadLetterConfig", Map.of("Arn", Map.of("Fn::GetAtt", List.of(queueId(template, true), "Arn"))),
                        "RetryPolicy", Map.of("MaximumEventAgeInSeconds", 3600, "MaximumRetryAttempts", 8))))));
    }

    @Test
    void withoutADataPatternTheRuleMatchesOnDetailTypeAlone() {
        Template template = synth(props(List.of("TranslationRequested"), Map.of()));

        template.hasResourceProperties("AWS::Events::Rule", Map.of("EventPattern", Map.of(
                "source", List.of(Map.of("prefix", "polyglot.")),
                "account", List.of(POLYGLOT),
                "detail-type", List.of("TranslationRequested"))));
    }

    @Test
    void theBufferQueueRedrivesToAnEncryptedTlsOnlyDeadLetterQueue() {
        Template template = synth(props(List.of("TranslationRequested"), Map.of()));

        template.resourceCountIs("AWS::SQS::Queue", 2);
        template.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "SqsManagedSseEnabled", true,
                "VisibilityTimeout", 180,
                "RedrivePolicy", Map.of(
                        "deadLetterTargetArn", Map.of("Fn::GetAtt", List.of(queueId(template, true), "Arn")),
                        "maxReceiveCount", 5)));
        template.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "SqsManagedSseEnabled", true, "MessageRetentionPeriod", 1209600));
        for (boolean dead : List.of(true, false)) {
            template.hasResourceProperties("AWS::SQS::QueuePolicy", Map.of(
                    "Queues", List.of(Map.of("Ref", queueId(template, dead))),
                    "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                            "Effect", "Deny",
                            "Action", "sqs:*",
                            "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
        }
    }

    @Test
    void theHandlerIsFedByTheQueueWithPartialBatchResponses() {
        Template template = synth(props(List.of("TranslationRequested"), Map.of()));

        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "java21",
                "Handler", RequestsHandler.class.getName() + "::handleRequest",
                "Timeout", 30,
                "Environment", Map.of("Variables", Map.of("POLYGLOT_DEAD_LETTER_QUEUE_URL",
                        Map.of("Ref", queueId(template, true))))));
        template.hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "EventSourceArn", Map.of("Fn::GetAtt", List.of(queueId(template, false), "Arn")),
                "BatchSize", 10,
                "FunctionResponseTypes", List.of("ReportBatchItemFailures")));
    }

    @Test
    void alarmsWatchTheDeadLetterQueueDepthAndTheOldestMessageAge() {
        Template template = synth(props(List.of("TranslationRequested"), Map.of()));

        template.resourceCountIs("AWS::CloudWatch::Alarm", 2);
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "MetricName", "ApproximateNumberOfMessagesVisible",
                "Dimensions", List.of(Map.of("Name", "QueueName",
                        "Value", Map.of("Fn::GetAtt", List.of(queueId(template, true), "QueueName")))),
                "Threshold", 0,
                "ComparisonOperator", "GreaterThanThreshold"));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "MetricName", "ApproximateAgeOfOldestMessage",
                "Dimensions", List.of(Map.of("Name", "QueueName",
                        "Value", Map.of("Fn::GetAtt", List.of(queueId(template, false), "QueueName")))),
                "Threshold", 300));
    }

    @Test
    void anUnknownDetailTypeFailsListingTheOnesPolyglotDelivers() {
        assertThatThrownBy(() -> props(List.of("TranslationRequest"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown detail-type \"TranslationRequest\": the event catalog (events-schema) has [ContentSubmitted,"
                        + " ContentRevised, ContentWithdrawn, ContentApproved, ContentRejected, TranslationRequested,"
                        + " TranslationCompleted, TranslationFailed, ContentPublished, ContentPublished.v2, ContentUnpublished]");
    }

    @Test
    void anUnknownVersionFailsListingTheVersionsThatExist() {
        assertThatThrownBy(() -> props(List.of("ContentPublished.v3"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown version \"ContentPublished.v3\" of ContentPublished: its versions are "
                        + "[ContentPublished (v1), ContentPublished.v2 (v2)]");
    }

    @Test
    void anEventPartnersSendCannotBeSubscribedTo() {
        assertThatThrownBy(() -> props(List.of("TranslationDelivered"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("detail-type TranslationDelivered is sent by partners (partner.translation.<vendor>)"
                        + " to Polyglot, never delivered by Polyglot");
    }

    @Test
    void aDataPatternOnAFieldTheEventLacksFails() {
        assertThatThrownBy(() -> props(List.of("TranslationRequested"), Map.of("language", List.of("de"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dataPattern: TranslationRequested has no data field \"language\"; its fields are [requestId,"
                        + " contentId, revision, sourceLanguage, targetLanguage, title, source, dueBy]");
    }

    @Test
    void aMissingOrMalformedAccountIdFails() {
        assertThatThrownBy(() -> builder(List.of("TranslationRequested")).polyglotAccount(null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("polyglotAccount is required: the 12-digit AWS account id of the Polyglot bus that delivers to you"
                        + " (the Polyglot team gives it with your entry in its infra/partners.json)");
        assertThatThrownBy(() -> builder(List.of("TranslationRequested")).polyglotAccount("12345").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("polyglotAccount must be a 12-digit AWS account id, was \"12345\"");
    }

    @Test
    void aHandlerOfAnotherRecordFailsNamingWhatItWouldReceive() {
        assertThatThrownBy(() -> builder(List.of("TranslationRequested", "ContentPublished.v2"))
                .handler(Handler.typed(code(), RequestsHandler.class)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("handler " + RequestsHandler.class.getName() + " handles TranslationRequested but would receive"
                        + " ContentPublished.v2 (ContentPublishedV2): subscribe it to the detail-types of TranslationRequested,"
                        + " or declare PolyglotConsumer<Record> to take several");
        assertThatThrownBy(() -> builder(List.of("TranslationRequested"))
                .handler(Handler.typed(code(), PublishedHandler.class)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("handler " + PublishedHandler.class.getName() + " handles ContentPublishedV2 but would"
                        + " receive TranslationRequested (TranslationRequested)");
    }

    @Test
    void aHandlerNamedByStringIsNotChecked() {
        Template template = synth(builder(List.of("ContentPublished.v2"))
                .handler(Handler.named(code(), "com.example.Published::handleRequest")).build());

        template.hasResourceProperties("AWS::Lambda::Function", Map.of("Handler", "com.example.Published::handleRequest"));
    }

    static final class RequestsHandler extends PolyglotConsumer<TranslationRequested> {
        @Override
        protected void handle(Envelope<TranslationRequested> event) {
            throw new UnsupportedOperationException("synth only");
        }
    }

    static final class PublishedHandler extends PolyglotConsumer<ContentPublishedV2> {
        @Override
        protected void handle(Envelope<ContentPublishedV2> event) {
            throw new UnsupportedOperationException("synth only");
        }
    }

    private static SubscriptionProps props(List<String> detailTypes, Map<String, Object> dataPattern) {
        return builder(detailTypes).dataPattern(dataPattern).build();
    }

    private static SubscriptionProps.Builder builder(List<String> detailTypes) {
        return SubscriptionProps.builder()
                .polyglotAccount(POLYGLOT)
                .detailTypes(detailTypes)
                .handler(Handler.typed(code(), RequestsHandler.class));
    }

    private static Template synth(SubscriptionProps props) {
        App app = new App();
        Stack stack = new Stack(app, "Partner");
        new PolyglotSubscription(stack, "Subscription", props);
        return Template.fromStack(stack);
    }

    /** Any directory does as an asset for a template test. */
    private static Code code() {
        try {
            Path dir = Files.createTempDirectory("handler");
            Files.writeString(dir.resolve("handler.txt"), "synth only");
            return Code.fromAsset(dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String logicalId(Template template, String type) {
        Map<String, Map<String, Object>> resources = template.findResources(type);
        assertThat(resources).hasSize(1);
        return resources.keySet().iterator().next();
    }

    private static String queueId(Template template, boolean deadLetter) {
        return template.findResources("AWS::SQS::Queue").keySet().stream()
                .filter(id -> id.contains("DeadLetterQueue") == deadLetter)
                .findFirst().orElseThrow();
    }
}

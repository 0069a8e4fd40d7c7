package com.example.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

/** The example partner app synthesizes, with the handler's shaded jar as its function's asset. */
class VendorAppTest {

    private static final String POLYGLOT = "123456789012";
    // Built by the handler module before this one (a dependency), as `cdk synth` expects it.
    private static final Path HANDLER_JAR = Path.of("../handler/target/partner-translation-vendor.jar");

    @Test
    void theVendorAppSynthesizesItsSubscriptionsOnOneBusAndItsRightToAnswer() {
        App app = app(Map.of("polyglotAccount", POLYGLOT, "vendor", "acme", "handlerJar", HANDLER_JAR.toString()));
        VendorStack stack = VendorApp.define(app);

        CloudAssembly assembly = app.synth();

        assertThat(Path.of(assembly.getDirectory(), "PartnerTranslationVendor.template.json")).exists();
        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::Events::Rule", Map.of("EventPattern", Map.of(
                "source", List.of(Map.of("prefix", "polyglot.")),
                "account", List.of(POLYGLOT),
                "detail-type", List.of("TranslationRequested"))));
        template.resourceCountIs("AWS::Events::EventBus", 1);
        template.hasResourceProperties("AWS::Events::Rule", Map.of("EventPattern", Map.of(
                "source", List.of(Map.of("prefix", "polyglot.")),
                "account", List.of(POLYGLOT),
                "detail-type", List.of("ContentPublished", "ContentPublished.v2"))));
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", "com.example.vendor.ContentPublishedHandler::handleRequest"));
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", "com.example.vendor.TranslationRequestedHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "VENDOR_ID", "acme",
                        "POLYGLOT_BUS_ARN", Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
                                ":events:", Map.of("Ref", "AWS::Region"), ":" + POLYGLOT + ":event-bus/polyglot"))))))));
        template.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement",
                Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", "events:PutEvents",
                        "Condition", Map.of("StringEquals", Map.of("events:source", "partner.translation.acme")))))))));
    }

    @Test
    void theFunctionsAssetIsTheHandlersShadedJar() throws Exception {
        App app = app(Map.of("polyglotAccount", POLYGLOT, "vendor", "acme", "handlerJar", HANDLER_JAR.toString()));
        VendorApp.define(app);

        CloudAssembly assembly = app.synth();

        Path asset;
        try (var staged = Files.list(Path.of(assembly.getDirectory()))) {
            asset = staged.filter(path -> path.getFileName().toString().startsWith("asset.")).findFirst().orElseThrow();
        }
        try (ZipFile jar = new ZipFile(asset.toFile())) {
            assertThat(jar.getEntry("com/example/vendor/TranslationRequestedHandler.class")).isNotNull();
            assertThat(jar.getEntry("media/polyglot/partner/consumer/PolyglotConsumer.class")).isNotNull();
            assertThat(jar.getEntry("schemas/TranslationDelivered/v1.schema.json")).isNotNull();
        }
    }

    @Test
    void withoutThePolyglotAccountTheSynthSaysWhatIsMissing() {
        App app = app(Map.of("vendor", "acme", "handlerJar", HANDLER_JAR.toString()));

        assertThatThrownBy(() -> VendorApp.define(app))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("polyglotAccount is required: the 12-digit AWS account id of the Polyglot bus");
    }

    @Test
    void withoutAVendorIdTheSynthSaysWhatIsMissing() {
        App app = app(Map.of("polyglotAccount", POLYGLOT, "handlerJar", HANDLER_JAR.toString()));

        assertThatThrownBy(() -> VendorApp.define(app))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a vendor id is 1 to 63 lower-case letters, digits or dashes, was missing");
    }

    private static App app(Map<String, Object> context) {
        return new App(AppProps.builder().context(context).build());
    }
}

package com.example.vendor;

import java.nio.file.Path;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;

/**
 * The vendor's CDK app: {@code npx cdk synth -c polyglotAccount=<12 digits> -c vendor=acme} from
 * {@code examples/partner-translation-vendor}. {@code handlerJar} defaults to the handler module's shaded jar.
 */
public final class VendorApp {

    static final String DEFAULT_HANDLER_JAR = "handler/target/partner-translation-vendor.jar";

    private VendorApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        define(app);
        app.synth();
    }

    /** The app's stack, from the context values {@code polyglotAccount}, {@code vendor} and {@code handlerJar}. */
    static VendorStack define(App app) {
        Object jar = app.getNode().tryGetContext("handlerJar");
        VendorStack.Settings settings = new VendorStack.Settings(
                context(app, "polyglotAccount"), context(app, "vendor"),
                Path.of(jar == null ? DEFAULT_HANDLER_JAR : jar.toString()));
        return new VendorStack(app, "PartnerTranslationVendor", StackProps.builder().build(), settings);
    }

    // A missing account reaches the subscription as null, which names what is missing and why.
    private static String context(App app, String key) {
        Object value = app.getNode().tryGetContext(key);
        return value == null ? null : value.toString();
    }
}

package media.polyglot.local.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.local.LocalSettings;
import media.polyglot.local.edge.FunctionUrlServer;
import media.polyglot.local.template.AssetManifest;
import media.polyglot.local.template.Intrinsics;
import media.polyglot.local.template.PhysicalResources;
import media.polyglot.local.template.Resource;
import media.polyglot.local.template.Template;

/** Everything a resource type needs while a stack starts, and what the start-up reports. */
final class StackContext {

    private final Template template;
    private final AssetManifest assets;
    private final LocalSettings settings;
    private final Engines engines;
    private final String edgeUrl;
    private final String accountId;
    private final PhysicalResources physical;
    private final Intrinsics intrinsics;
    private final List<String> notRun = new ArrayList<>();
    private final List<FunctionUrlServer> urls = new ArrayList<>();

    StackContext(Template template, AssetManifest assets, String accountId, LocalSettings settings, Engines engines,
                 String edgeUrl) {
        this.template = template;
        this.assets = assets;
        this.settings = settings;
        this.engines = engines;
        this.edgeUrl = edgeUrl;
        this.accountId = accountId;
        this.physical = new PhysicalResources(template, settings.region(), accountId);
        this.intrinsics = new Intrinsics(template.stackName(), settings.region(), accountId, physical);
    }

    Template template() {
        return template;
    }

    AssetManifest assets() {
        return assets;
    }

    LocalSettings settings() {
        return settings;
    }

    /** The account the stack runs in: its environment's, or the runtime's own for an environment-agnostic stack. */
    String accountId() {
        return accountId;
    }

    Engines engines() {
        return engines;
    }

    String edgeUrl() {
        return edgeUrl;
    }

    PhysicalResources physical() {
        return physical;
    }

    /** A property resolved to JSON (intrinsics replaced). */
    JsonNode resolved(Resource resource, String property) {
        return intrinsics.resolve(resource.property(property));
    }

    /** A property resolved to text, or null when the template leaves it out. */
    String text(Resource resource, String property) {
        JsonNode value = resource.property(property);
        return value.isMissingNode() || value.isNull() ? null
                : intrinsics.resolveText(value, resource.logicalId() + "." + property);
    }

    Intrinsics intrinsics() {
        return intrinsics;
    }

    /** Records something of the template that does not run locally, for the start-up report. */
    void notRun(String logicalId, String type, String reason) {
        notRun.add(logicalId + " (" + type + "): " + reason);
    }

    void served(FunctionUrlServer url) {
        urls.add(url);
    }

    List<String> notRunReport() {
        return List.copyOf(notRun);
    }

    List<FunctionUrlServer> urls() {
        return List.copyOf(urls);
    }
}

package media.polyglot.local.template;

/** One stack of the cloud assembly: its template and its assets. */
public record StackArtifact(Template template, AssetManifest assets) {

    public String stackName() {
        return template.stackName();
    }
}

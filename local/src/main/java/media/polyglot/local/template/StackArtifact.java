package media.polyglot.local.template;

/**
 * One stack of the cloud assembly: its template, its assets, and the account its environment names.
 *
 * @param account the 12-digit account of the stack's environment ({@code aws://ACCOUNT/REGION} in the manifest),
 *                or null for an environment-agnostic stack, which runs in the runtime's own account
 */
public record StackArtifact(Template template, AssetManifest assets, String account) {

    public StackArtifact(Template template, AssetManifest assets) {
        this(template, assets, null);
    }

    public String stackName() {
        return template.stackName();
    }

    /** The stack's account, or {@code defaultAccount} when its environment names none. */
    public String accountOr(String defaultAccount) {
        return account == null ? defaultAccount : account;
    }
}

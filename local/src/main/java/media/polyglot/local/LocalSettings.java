package media.polyglot.local;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How one local runtime runs: where the synthesized assembly is, the edge port, where data
 * persists (null: in memory), and the account it pretends to be, that of every stack whose environment names no
 * other. The defaults follow what other emulators made familiar: access key {@code test}, secret {@code test}, region us-east-1,
 * account 000000000000. {@code partnerAccounts} names other accounts' access keys (access key id to
 * account id), so that a request signed with one is that account's, as a partner's would be on AWS.
 */
public record LocalSettings(Path cloudAssembly, int edgePort, Path dataDir, String region, String accountId,
                            String accessKeyId, String secretAccessKey, Map<String, String> partnerAccounts) {

    public static final int DEFAULT_EDGE_PORT = 4566;
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    public LocalSettings {
        Objects.requireNonNull(cloudAssembly, "cloudAssembly");
        if (edgePort < 0 || edgePort > 65535) {
            throw new IllegalArgumentException("edge port must be 0 (any free port) to 65535, was " + edgePort);
        }
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalArgumentException("account id must be 12 digits, was " + accountId);
        }
        partnerAccounts = Map.copyOf(partnerAccounts);
        partnerAccounts.forEach((key, account) -> {
            if (!ACCOUNT_ID.matcher(account).matches()) {
                throw new IllegalArgumentException("account of access key " + key + " must be 12 digits, was " + account);
            }
            if (key.equals(accessKeyId)) {
                throw new IllegalArgumentException("access key " + key + " is the runtime's own, of account " + accountId);
            }
        });
    }

    public LocalSettings(Path cloudAssembly, int edgePort, Path dataDir, String region, String accountId,
                         String accessKeyId, String secretAccessKey) {
        this(cloudAssembly, edgePort, dataDir, region, accountId, accessKeyId, secretAccessKey, Map.of());
    }

    public static LocalSettings defaults(Path cloudAssembly) {
        return new LocalSettings(cloudAssembly, DEFAULT_EDGE_PORT, null, "us-east-1", "000000000000", "test", "test");
    }

    public LocalSettings withEdgePort(int port) {
        return new LocalSettings(cloudAssembly, port, dataDir, region, accountId, accessKeyId, secretAccessKey,
                partnerAccounts);
    }

    public LocalSettings withDataDir(Path directory) {
        return new LocalSettings(cloudAssembly, edgePort, directory, region, accountId, accessKeyId, secretAccessKey,
                partnerAccounts);
    }

    public LocalSettings withCloudAssembly(Path assembly) {
        return new LocalSettings(assembly, edgePort, dataDir, region, accountId, accessKeyId, secretAccessKey,
                partnerAccounts);
    }

    /**
     * These settings where requests signed with {@code partnerAccessKeyId} are {@code account}'s.
     *
     * @throws IllegalArgumentException when the account is not 12 digits or the key is the runtime's own
     */
    public LocalSettings withPartnerAccount(String partnerAccessKeyId, String account) {
        Map<String, String> accounts = new HashMap<>(partnerAccounts);
        accounts.put(partnerAccessKeyId, account);
        return new LocalSettings(cloudAssembly, edgePort, dataDir, region, accountId, accessKeyId, secretAccessKey,
                accounts);
    }

    /**
     * The access key of {@code account}'s credentials, which a function of a stack in that account runs with: the
     * runtime's own key for its account, else a key {@code partnerAccounts} names for the account, else the account
     * id itself, which {@link #accountOf} reads as that account.
     */
    public String accessKeyOf(String account) {
        if (account.equals(accountId)) {
            return accessKeyId;
        }
        return partnerAccounts.entrySet().stream().filter(key -> key.getValue().equals(account)).map(Map.Entry::getKey)
                .sorted().findFirst().orElse(account);
    }

    /**
     * The account a request signed with this access key is from: a partner's named one, else the key itself when it
     * is 12 digits (LocalStack's convention, so a test can act as any account without setup), else the runtime's.
     */
    public String accountOf(String requestAccessKeyId) {
        if (requestAccessKeyId == null) {
            return accountId;
        }
        String partner = partnerAccounts.get(requestAccessKeyId);
        if (partner != null) {
            return partner;
        }
        return ACCOUNT_ID.matcher(requestAccessKeyId).matches() ? requestAccessKeyId : accountId;
    }
}

package media.polyglot.local;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How one local runtime runs: where the synthesized assembly is, the edge port, where data
 * persists (null: in memory), and the account it pretends to be. The defaults follow what other
 * emulators made familiar: access key {@code test}, secret {@code test}, region us-east-1,
 * account 000000000000.
 */
public record LocalSettings(Path cloudAssembly, int edgePort, Path dataDir, String region, String accountId,
                            String accessKeyId, String secretAccessKey) {

    public static final int DEFAULT_EDGE_PORT = 4566;

    public LocalSettings {
        Objects.requireNonNull(cloudAssembly, "cloudAssembly");
        if (edgePort < 0 || edgePort > 65535) {
            throw new IllegalArgumentException("edge port must be 0 (any free port) to 65535, was " + edgePort);
        }
        if (!accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("account id must be 12 digits, was " + accountId);
        }
    }

    public static LocalSettings defaults(Path cloudAssembly) {
        return new LocalSettings(cloudAssembly, DEFAULT_EDGE_PORT, null, "us-east-1", "000000000000", "test", "test");
    }

    public LocalSettings withEdgePort(int port) {
        return new LocalSettings(cloudAssembly, port, dataDir, region, accountId, accessKeyId, secretAccessKey);
    }

    public LocalSettings withDataDir(Path directory) {
        return new LocalSettings(cloudAssembly, edgePort, directory, region, accountId, accessKeyId, secretAccessKey);
    }
}

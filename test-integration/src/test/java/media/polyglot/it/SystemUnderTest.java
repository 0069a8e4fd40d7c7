package media.polyglot.it;

import java.net.URI;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Where the scenarios find the running system: the two Function URLs and the credentials that
 * may call them. The local runtime, LocalStack and a deployed stack each provide one.
 */
record SystemUnderTest(URI contentApi, URI historyApi, AwsCredentialsIdentity credentials, String region) {
}

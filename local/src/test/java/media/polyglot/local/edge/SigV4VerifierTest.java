package media.polyglot.local.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Signature Version 4, checked against AWS's signing examples and the SDK's own signer. */
class SigV4VerifierTest {

    private final SigV4Verifier verifier = new SigV4Verifier(Map.of("test", "test"), Clock.systemUTC());

    /** The "get-vanilla" case of AWS's Signature Version 4 test suite. */
    @Test
    void theTestSuitesVanillaGetIsGood() {
        SigV4Verifier suite = new SigV4Verifier(Map.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC));
        AwsRequest request = new AwsRequest("GET", "/", "", headers(
                "Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z",
                "Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                        + "SignedHeaders=host;x-amz-date, "
                        + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"), null);

        assertThat(suite.problem(request, "service")).isEmpty();
    }

    @Test
    void aRequestSignedByTheSdkWithTheseCredentialsIsGood() {
        assertThat(verifier.problem(signed("POST", "/content?b=2&a=1", "{\"x\": 1}", "test"), "lambda")).isEmpty();
    }

    @Test
    void anotherSecretDoesNotMatch() {
        assertThat(verifier.problem(signed("POST", "/content", "{}", "not-the-secret"), "lambda"))
                .contains("The request signature we calculated does not match the signature you provided.");
    }

    @Test
    void aChangedBodyDoesNotMatch() {
        AwsRequest signed = signed("POST", "/content", "{\"total\": 1}", "test");
        AwsRequest tampered = new AwsRequest(signed.method(), signed.path(), signed.query(), signed.headers(),
                "{\"total\": 9}".getBytes(StandardCharsets.UTF_8));

        assertThat(verifier.problem(tampered, "lambda")).isPresent();
    }

    @Test
    void aSignatureForAnotherServiceIsRefused() {
        assertThat(verifier.problem(signed("GET", "/", "", "test"), "sqs"))
                .contains("Credential should be scoped to correct service: 'sqs'.");
    }

    @Test
    void anOldSignatureHasExpired() {
        SigV4Verifier later = new SigV4Verifier(Map.of("test", "test"),
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16)));

        assertThat(later.problem(signed("GET", "/", "", "test"), "lambda").orElseThrow()).startsWith("Signature expired: ");
    }

    @Test
    void anUnknownAccessKeyIsRefused() {
        SigV4Verifier other = new SigV4Verifier(Map.of("other", "test"), Clock.systemUTC());

        assertThat(other.problem(signed("GET", "/", "", "test"), "lambda"))
                .contains("The security token included in the request is invalid.");
    }

    private static AwsRequest signed(String method, String pathAndQuery, String body, String secret) {
        URI uri = URI.create("http://127.0.0.1:40000" + pathAndQuery);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest unsigned = SdkHttpRequest.builder().uri(uri).method(SdkHttpMethod.fromValue(method))
                .putHeader("Content-Type", "application/json").build();
        var signed = AwsV4HttpSigner.create().sign(r -> r.identity(AwsCredentialsIdentity.create("test", secret))
                .request(unsigned).payload(ContentStreamProvider.fromByteArray(bytes))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "lambda")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        signed.request().headers().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
        headers.put("Host", List.of("127.0.0.1:40000"));
        return new AwsRequest(method, uri.getRawPath(), uri.getRawQuery(), headers, bytes);
    }

    private static Map<String, List<String>> headers(String... namesAndValues) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return headers;
    }
}

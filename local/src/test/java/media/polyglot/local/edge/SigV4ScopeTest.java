package media.polyglot.local.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Authorization header's form, from AWS's "Signature Version 4" reference. */
class SigV4ScopeTest {

    @Test
    void theCredentialScopeNamesKeyDateRegionAndService() {
        String header = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";

        assertThat(SigV4Scope.fromAuthorization(header))
                .contains(new SigV4Scope("AKIDEXAMPLE", "20150830", "us-east-1", "iam"));
    }

    @Test
    void anUnsignedOrOtherSchemeHasNoScope() {
        assertThat(SigV4Scope.fromAuthorization(null)).isEmpty();
        assertThat(SigV4Scope.fromAuthorization("Basic dGVzdDp0ZXN0")).isEmpty();
    }
}

package media.polyglot.local.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import media.polyglot.local.edge.AwsRequest;
import media.polyglot.local.edge.AwsResponse;
import media.polyglot.local.edge.ServiceEndpoint;
import org.junit.jupiter.api.Test;

/** Recording a flow's calls never changes the call. */
class RecordedCallsTest {

    private static final ServiceEndpoint OK = request -> AwsResponse.of(200, "application/json", "{}");

    @Test
    void aJsonWriteWithAPercentSignInItsTextIsServedAndRecorded() {
        HopLog hops = new HopLog(Clock.systemUTC());
        String item = "{\"TableName\":\"t\",\"Item\":{\"emitted\":{\"S\":\"{\\\"correlationId\\\":\\\"corr-1\\\","
                + "\\\"message\\\":\\\"declines 100% of requests\\\"}\"}}}";

        AwsResponse response = RecordedCalls.dynamoDbWrites(OK, hops).handle(new AwsRequest("POST", "/", "",
                Map.of("X-Amz-Target", List.of("DynamoDB_20120810.PutItem"),
                        "Content-Type", List.of("application/x-amz-json-1.0")), item.getBytes(StandardCharsets.UTF_8)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(hops.trace("corr-1")).singleElement().satisfies(hop -> assertThat(hop.kind()).isEqualTo(HopKind.TABLE_WRITTEN));
    }
}

package media.polyglot.local.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
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

    @Test
    void aQueryProtocolPublishIsRecordedByTheCorrelationIdInItsMessage() {
        HopLog hops = new HopLog(Clock.systemUTC());
        String message = "{\"noticeId\":\"n-1\",\"correlationId\":\"corr-2\",\"title\":\"100% & more\"}";
        String body = "Action=Publish&Version=2010-03-31&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A000000000000%3Areaders"
                + "&Message=" + URLEncoder.encode(message, StandardCharsets.UTF_8);

        AwsResponse response = RecordedCalls.snsPublishes(OK, hops).handle(new AwsRequest("POST", "/", "",
                Map.of("Content-Type", List.of("application/x-www-form-urlencoded; charset=utf-8")),
                body.getBytes(StandardCharsets.UTF_8)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(hops.trace("corr-2")).singleElement().satisfies(hop -> {
            assertThat(hop.kind()).isEqualTo(HopKind.TOPIC_PUBLISHED);
            assertThat(hop.resource()).isEqualTo("Publish");
        });
    }
}

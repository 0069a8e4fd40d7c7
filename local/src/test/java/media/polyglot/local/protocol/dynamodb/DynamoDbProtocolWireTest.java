package media.polyglot.local.protocol.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import media.polyglot.local.edge.AwsRequest;
import media.polyglot.local.edge.AwsResponse;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.dynamodb.KeyAttribute;
import media.polyglot.local.engine.dynamodb.TableDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The exact bytes DynamoDB's JSON 1.0 protocol answers, for what the SDKs would never send. */
class DynamoDbProtocolWireTest {

    private static DynamoDbEngine engine;
    private static DynamoDbProtocol protocol;

    @BeforeAll
    static void start() {
        engine = DynamoDbEngine.inMemory();
        engine.createTable(TableDefinition.of("Wire", KeyAttribute.s("pk")));
        protocol = new DynamoDbProtocol(engine);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void malformedJsonIsASerializationException() {
        AwsResponse response = call("DynamoDB_20120810.PutItem", "{\"TableName\": \"Wire\", ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/x-amz-json-1.0");
        assertThat(response.bodyAsString()).startsWith(
                "{\"__type\":\"com.amazon.coral.service#SerializationException\",\"message\":\"The request body is not valid JSON: ");
    }

    @Test
    void memberOfTheWrongJsonTypeIsASerializationException() {
        AwsResponse response = call("DynamoDB_20120810.DescribeTable", "{\"TableName\": 5}");

        assertThat(response.bodyAsString()).isEqualTo("{\"__type\":\"com.amazon.coral.service#SerializationException\","
                + "\"message\":\"Expected TableName to be a string but got NUMBER: 5\"}");
    }

    @Test
    void unknownTargetIsAnUnknownOperationException() {
        AwsResponse response = call("DynamoDB_20120810.Teleport", "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyAsString()).isEqualTo("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\","
                + "\"message\":\"Unknown operation: X-Amz-Target 'DynamoDB_20120810.Teleport' is not served here\"}");
    }

    @Test
    void validationErrorsUseTheCoralValidateNamespace() {
        AwsResponse response = call("DynamoDB_20120810.PutItem",
                "{\"TableName\":\"Wire\",\"Item\":{\"pk\":{\"S\":\"a\"}},\"ConditionExpression\":\"pk = :v\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyAsString()).isEqualTo("{\"__type\":\"com.amazon.coral.validate#ValidationException\","
                + "\"message\":\"Invalid ConditionExpression: An expression attribute value used in expression is not "
                + "defined; attribute value: :v\"}");
    }

    @Test
    void unknownTableIsAResourceNotFoundException() {
        AwsResponse response = call("DynamoDB_20120810.GetItem", "{\"TableName\":\"Nope\",\"Key\":{\"pk\":{\"S\":\"a\"}}}");

        assertThat(response.bodyAsString()).isEqualTo("{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\","
                + "\"message\":\"Requested resource not found: Table: Nope not found\"}");
    }

    @Test
    void cancelledTransactionListsOneReasonPerActionWithTheOldItemWhenAsked() {
        call("DynamoDB_20120810.PutItem", "{\"TableName\":\"Wire\",\"Item\":{\"pk\":{\"S\":\"held\"}}}");

        AwsResponse response = call("DynamoDB_20120810.TransactWriteItems", """
                {"TransactItems":[
                  {"Put":{"TableName":"Wire","Item":{"pk":{"S":"new"}}}},
                  {"ConditionCheck":{"TableName":"Wire","Key":{"pk":{"S":"held"}},
                    "ConditionExpression":"attribute_not_exists(pk)","ReturnValuesOnConditionCheckFailure":"ALL_OLD"}}],
                 "ClientRequestToken":"token-1"}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyAsString()).isEqualTo(
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                        + "\"Message\":\"Transaction cancelled, please refer cancellation reasons for specific reasons "
                        + "[None, ConditionalCheckFailed]\",\"CancellationReasons\":[{\"Code\":\"None\"},"
                        + "{\"Code\":\"ConditionalCheckFailed\",\"Message\":\"The conditional request failed\","
                        + "\"Item\":{\"pk\":{\"S\":\"held\"}}}]}");
    }

    @Test
    void unsupportedParameterIsRefusedRatherThanIgnored() {
        AwsResponse response = call("DynamoDB_20120810.Query", "{\"TableName\":\"Wire\",\"KeyConditionExpression\":\"pk = :p\","
                + "\"QueryFilter\":{},\"ExpressionAttributeValues\":{\":p\":{\"S\":\"a\"}}}");

        assertThat(response.bodyAsString()).isEqualTo("{\"__type\":\"com.amazon.coral.validate#ValidationException\","
                + "\"message\":\"QueryFilter is not supported by the local DynamoDB engine's Query yet; "
                + "remove it from the request\"}");
    }

    @Test
    void responsesCarryTheCrc32OfTheirBody() {
        AwsResponse response = call("DynamoDB_20120810.ListTables", "{}");
        CRC32 crc = new CRC32();
        crc.update(response.body());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyAsString()).isEqualTo("{\"TableNames\":[\"Wire\"]}");
        assertThat(response.headers()).containsEntry("x-amz-crc32", Long.toString(crc.getValue()));
    }

    @Test
    void unexpectedFailureIsAnInternalServerErrorWithAMessageAndNoStackTrace() {
        DynamoDbEngine closed = DynamoDbEngine.inMemory();
        closed.close();

        AwsResponse response = new DynamoDbProtocol(closed).handle(request("DynamoDB_20120810.ListTables", "{}"));

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.bodyAsString())
                .startsWith("{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\","
                        + "\"message\":\"Internal server error: StorageException: SQLite failed during ListTables: ")
                .doesNotContain("\tat ");
    }

    private static AwsResponse call(String target, String body) {
        return protocol.handle(request(target, body));
    }

    private static AwsRequest request(String target, String body) {
        return new AwsRequest("POST", "/", "", Map.of("X-Amz-Target", List.of(target),
                "Content-Type", List.of("application/x-amz-json-1.0")), body.getBytes(StandardCharsets.UTF_8));
    }
}

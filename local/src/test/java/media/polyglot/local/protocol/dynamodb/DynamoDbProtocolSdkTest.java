package media.polyglot.local.protocol.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** DynamoDB operations driven by the stock AWS SDK v2 client, through HTTP, as the functions will. */
class DynamoDbProtocolSdkTest {

    private static DynamoDbEngine engine;
    private static ProtocolServer server;
    private static DynamoDbClient dynamoDb;

    @BeforeAll
    static void start() throws Exception {
        engine = DynamoDbEngine.inMemory();
        server = new ProtocolServer(new DynamoDbProtocol(engine));
        dynamoDb = server.dynamoDbClient();
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
        server.close();
        engine.close();
    }

    @Test
    void tableIsCreatedDescribedListedAndDeleted() {
        TableDescription created = dynamoDb.createTable(table("Lifecycle", true)).tableDescription();

        TableDescription described = dynamoDb.describeTable(r -> r.tableName("Lifecycle")).table();

        assertThat(created.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(described.keySchema()).containsExactly(
                KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build());
        assertThat(described.tableArn()).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/Lifecycle");
        assertThat(described.latestStreamArn()).startsWith("arn:aws:dynamodb:us-east-1:000000000000:table/Lifecycle/stream/");
        assertThat(described.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(dynamoDb.listTables().tableNames()).contains("Lifecycle");
        assertThat(dynamoDb.deleteTable(r -> r.tableName("Lifecycle")).tableDescription().tableStatus())
                .isEqualTo(TableStatus.DELETING);
        assertThatThrownBy(() -> dynamoDb.describeTable(r -> r.tableName("Lifecycle")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Requested resource not found: Table: Lifecycle not found");
    }

    @Test
    void creatingAnExistingTableFailsWithResourceInUse() {
        dynamoDb.createTable(table("Existing", false));

        assertThatThrownBy(() -> dynamoDb.createTable(table("Existing", false)))
                .isInstanceOf(ResourceInUseException.class)
                .hasMessageStartingWith("Table already exists: Existing");
    }

    @Test
    void everyDataTypeRoundTripsThroughTheSdk() {
        dynamoDb.createTable(table("Typed", false));
        Map<String, AttributeValue> item = Map.of(
                "pk", s("types"), "sk", AttributeValue.fromN("1"),
                "b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, -1})),
                "bool", AttributeValue.fromBool(true),
                "nul", AttributeValue.fromNul(true),
                "m", AttributeValue.fromM(Map.of("k", AttributeValue.fromL(List.of(s("x"), AttributeValue.fromN("2.5"))))),
                "ss", AttributeValue.fromSs(List.of("a", "b")),
                "ns", AttributeValue.fromNs(List.of("1", "2")),
                "bs", AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[] {1}))));

        dynamoDb.putItem(r -> r.tableName("Typed").item(item));

        assertThat(dynamoDb.getItem(r -> r.tableName("Typed").key(Map.of("pk", s("types"), "sk", AttributeValue.fromN("1")))
                .consistentRead(true)).item()).isEqualTo(item);
    }

    @Test
    void conditionalPutOnExistingItemFailsWithConditionalCheckFailed() {
        dynamoDb.createTable(table("Conditional", false));
        Map<String, AttributeValue> item = Map.of("pk", s("once"), "sk", AttributeValue.fromN("1"), "v", s("first"));
        PutItemRequest createOnce = PutItemRequest.builder().tableName("Conditional").item(item)
                .conditionExpression("attribute_not_exists(pk)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build();

        dynamoDb.putItem(createOnce);

        assertThatThrownBy(() -> dynamoDb.putItem(createOnce))
                .isInstanceOf(ConditionalCheckFailedException.class)
                .hasMessageStartingWith("The conditional request failed")
                .satisfies(e -> assertThat(((ConditionalCheckFailedException) e).item()).isEqualTo(item));
    }

    @Test
    void putWithReturnValuesAllOldReturnsTheItemItReplaced() {
        dynamoDb.createTable(table("Replaced", false));
        Map<String, AttributeValue> first = Map.of("pk", s("a"), "sk", AttributeValue.fromN("1"), "v", s("first"));
        dynamoDb.putItem(r -> r.tableName("Replaced").item(first));

        Map<String, AttributeValue> old = dynamoDb.putItem(r -> r.tableName("Replaced").returnValues(ReturnValue.ALL_OLD)
                .item(Map.of("pk", s("a"), "sk", AttributeValue.fromN("1"), "v", s("second")))).attributes();

        assertThat(old).isEqualTo(first);
    }

    @Test
    void transactionWithAFailedConditionIsCancelledWithOneReasonPerItem() {
        dynamoDb.createTable(table("Transacted", false));
        dynamoDb.putItem(r -> r.tableName("Transacted").item(Map.of("pk", s("taken"), "sk", AttributeValue.fromN("1"))));

        assertThatThrownBy(() -> dynamoDb.transactWriteItems(r -> r.transactItems(
                put(Map.of("pk", s("fresh"), "sk", AttributeValue.fromN("1")), "attribute_not_exists(pk)"),
                put(Map.of("pk", s("taken"), "sk", AttributeValue.fromN("1")), "attribute_not_exists(pk)"))))
                .isInstanceOf(TransactionCanceledException.class)
                .satisfies(e -> assertThat(((TransactionCanceledException) e).cancellationReasons()).containsExactly(
                        CancellationReason.builder().code("None").build(),
                        CancellationReason.builder().code("ConditionalCheckFailed")
                                .message("The conditional request failed").build()));
        assertThat(dynamoDb.getItem(r -> r.tableName("Transacted")
                .key(Map.of("pk", s("fresh"), "sk", AttributeValue.fromN("1")))).hasItem()).isFalse();
    }

    @Test
    void queryPagesThroughAPartitionInSortKeyOrder() {
        dynamoDb.createTable(table("Paged", false));
        for (String sk : List.of("10", "2", "-1", "7", "100")) {
            dynamoDb.putItem(r -> r.tableName("Paged").item(Map.of("pk", s("p"), "sk", AttributeValue.fromN(sk))));
        }
        List<List<String>> pages = new ArrayList<>();
        QueryRequest request = QueryRequest.builder().tableName("Paged").keyConditionExpression("#pk = :p AND sk > :min")
                .expressionAttributeNames(Map.of("#pk", "pk"))
                .expressionAttributeValues(Map.of(":p", s("p"), ":min", AttributeValue.fromN("0")))
                .scanIndexForward(false).limit(2).build();
        QueryResponse page;
        do {
            page = dynamoDb.query(request);
            pages.add(page.items().stream().map(item -> item.get("sk").n()).toList());
            request = request.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build();
        } while (page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty());

        assertThat(pages).containsExactly(List.of("100", "10"), List.of("7", "2"), List.of());
    }

    @Test
    void badExpressionIsAValidationExceptionNamingTheToken() {
        dynamoDb.createTable(table("Validated", false));

        assertThatThrownBy(() -> dynamoDb.putItem(r -> r.tableName("Validated")
                .item(Map.of("pk", s("a"), "sk", AttributeValue.fromN("1")))
                .conditionExpression("pk = = :v").expressionAttributeValues(Map.of(":v", s("a")))))
                .isInstanceOf(DynamoDbException.class)
                .satisfies(e -> {
                    DynamoDbException error = (DynamoDbException) e;
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(error.awsErrorDetails().errorMessage())
                            .isEqualTo("Invalid ConditionExpression: Syntax error; token: \"=\", near: \"= = :v\"");
                    assertThat(error.statusCode()).isEqualTo(400);
                });
    }

    @Test
    void itemMissingItsKeyIsAValidationException() {
        dynamoDb.createTable(table("Keyed", false));

        assertThatThrownBy(() -> dynamoDb.putItem(r -> r.tableName("Keyed").item(Map.of("sk", AttributeValue.fromN("1")))))
                .isInstanceOf(DynamoDbException.class)
                .satisfies(e -> assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage())
                        .isEqualTo("One or more parameter values were invalid: Missing the key pk in the item"));
    }

    private static TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
        return TransactWriteItem.builder()
                .put(Put.builder().tableName("Transacted").item(item).conditionExpression(condition).build())
                .build();
    }

    private static CreateTableRequest table(String name, boolean streamed) {
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.N).build())
                .keySchema(
                        KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
                .billingMode(BillingMode.PAY_PER_REQUEST);
        if (streamed) {
            request.streamSpecification(StreamSpecification.builder()
                    .streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build());
        }
        return request.build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}

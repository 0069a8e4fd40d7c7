package media.polyglot.local.protocol.dynamodb.conformance;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The base of the conformance tests: each test class runs once against the local engine and once
 * against real DynamoDB (skipped unless configured, see {@link Conformance}), with the same cases:
 * a test class holds its cases in an abstract inner class and runs them in two {@code @Nested}
 * subclasses, one per {@link ConformanceTarget}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConformanceTest {

    private final ConformanceTarget target;

    Conformance aws;
    DynamoDbClient dynamoDb;

    ConformanceTest(ConformanceTarget target) {
        this.target = target;
    }

    @BeforeAll
    void connect() throws Exception {
        aws = Conformance.connect(target);
        dynamoDb = aws.dynamoDb();
        createTables();
    }

    @AfterAll
    void disconnect() throws Exception {
        if (aws != null) {
            aws.close();
        }
    }

    /** Creates the tables the class's tests share. */
    abstract void createTables();

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    static AttributeValue ss(String... values) {
        return AttributeValue.fromSs(java.util.List.of(values));
    }

    static Map<String, AttributeValue> key(String pk) {
        return Map.of("pk", s(pk));
    }
}

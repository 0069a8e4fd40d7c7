package media.polyglot.local.engine.dynamodb.value;

/** DynamoDB's ten data types, named by their descriptors in DynamoDB JSON. */
public enum AttributeType {
    S, N, B, BOOL, NULL, M, L, SS, NS, BS
}

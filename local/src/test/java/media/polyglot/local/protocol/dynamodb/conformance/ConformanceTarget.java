package media.polyglot.local.protocol.dynamodb.conformance;

/**
 * Where a conformance test class runs: the local engine behind the protocol (always), or real
 * DynamoDB when the environment has AWS credentials and
 * {@code POLYGLOT_DYNAMODB_CONFORMANCE_TABLE_PREFIX} (the run is skipped otherwise).
 */
public enum ConformanceTarget {
    LOCAL, AWS
}

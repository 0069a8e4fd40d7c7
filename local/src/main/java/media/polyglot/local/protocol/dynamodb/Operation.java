package media.polyglot.local.protocol.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;

/** One operation of the wire protocol: reads its input, calls the engine, renders its output. */
@FunctionalInterface
interface Operation {

    JsonNode invoke(DynamoDbEngine engine, JsonInput input);
}

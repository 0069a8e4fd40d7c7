package media.polyglot.local.protocol.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import media.polyglot.local.engine.dynamodb.IndexKind;
import media.polyglot.local.engine.dynamodb.KeyAttribute;
import media.polyglot.local.engine.dynamodb.ScalarAttributeType;
import media.polyglot.local.engine.dynamodb.SecondaryIndex;
import media.polyglot.local.engine.dynamodb.StreamViewType;
import media.polyglot.local.engine.dynamodb.TableDefinition;
import media.polyglot.local.engine.dynamodb.ValidationException;

/**
 * Reads a CreateTable request into a {@link TableDefinition}: the table's key schema, its global
 * and local secondary indexes, every key attribute defined exactly once in AttributeDefinitions,
 * and its stream. Billing, throughput, tags-on-create and other settings are accepted and have no
 * effect locally.
 */
final class CreateTableInput {

    private CreateTableInput() {
    }

    static TableDefinition read(JsonInput input) {
        String tableName = input.requiredString("TableName");
        Map<String, ScalarAttributeType> types = KeySchemaInput.attributeTypes(input);
        KeySchemaInput.Keys keys = KeySchemaInput.keys(input, types);
        List<SecondaryIndex> indexes = new ArrayList<>();
        for (JsonInput index : input.objects("LocalSecondaryIndexes")) {
            indexes.add(KeySchemaInput.index(index, IndexKind.LOCAL, types));
        }
        for (JsonInput index : input.objects("GlobalSecondaryIndexes")) {
            indexes.add(KeySchemaInput.index(index, IndexKind.GLOBAL, types));
        }
        TableDefinition definition = new TableDefinition(tableName, keys.partitionKey(), keys.sortKey(),
                StreamSpecificationInput.viewType(input.object("StreamSpecification")), null, indexes);
        KeySchemaInput.requireOnlyKeysDefined(types,
                definition.keyAttributes().stream().map(KeyAttribute::name).collect(Collectors.toSet()));
        return definition;
    }
}

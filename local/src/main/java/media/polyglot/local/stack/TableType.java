package media.polyglot.local.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import media.polyglot.local.engine.dynamodb.IndexKind;
import media.polyglot.local.engine.dynamodb.IndexProjection;
import media.polyglot.local.engine.dynamodb.KeyAttribute;
import media.polyglot.local.engine.dynamodb.ProjectionType;
import media.polyglot.local.engine.dynamodb.ResourceInUseException;
import media.polyglot.local.engine.dynamodb.ScalarAttributeType;
import media.polyglot.local.engine.dynamodb.SecondaryIndex;
import media.polyglot.local.engine.dynamodb.StreamViewType;
import media.polyglot.local.engine.dynamodb.TableDefinition;
import media.polyglot.local.engine.dynamodb.TableDescription;
import media.polyglot.local.template.Resource;
import media.polyglot.local.template.TemplateException;

/** {@code AWS::DynamoDB::Table} on the runtime's DynamoDB engine: keys, secondary indexes, stream and TTL. */
final class TableType implements ResourceType {

    @Override
    public String type() {
        return "AWS::DynamoDB::Table";
    }

    @Override
    public void name(Resource resource, StackContext stack) {
        String name = stack.text(resource, "TableName");
        if (name == null) {
            name = stack.physical().generatedName(resource.logicalId(), 255);
        }
        stack.physical().define(resource.logicalId(), name,
                Map.of("Arn", stack.physical().arn("dynamodb", "table/" + name)));
    }

    @Override
    public void start(Resource resource, StackContext stack) {
        String name = stack.physical().ref(resource.logicalId());
        TableDefinition definition = definition(resource, name);
        TableDescription created = createOrAdopt(stack, definition);
        if (created.latestStreamArn() != null) {
            stack.physical().define(resource.logicalId(), name, Map.of("StreamArn", created.latestStreamArn()));
        }
    }

    /** With a data directory the table may be there from the last run: it is taken as it is, items and stream. */
    private static TableDescription createOrAdopt(StackContext stack, TableDefinition definition) {
        try {
            return stack.engines().tables().createTable(definition);
        } catch (ResourceInUseException existing) {
            TableDescription kept = stack.engines().tables().describeTable(definition.tableName());
            if (!kept.definition().partitionKey().equals(definition.partitionKey())
                    || !Objects.equals(kept.definition().sortKey(), definition.sortKey())) {
                throw new TemplateException("table " + definition.tableName() + " in the data directory has other keys"
                        + " than the template gives it; remove the data directory or the table");
            }
            return kept;
        }
    }

    private static TableDefinition definition(Resource resource, String name) {
        Map<String, ScalarAttributeType> types = new HashMap<>();
        for (JsonNode attribute : resource.property("AttributeDefinitions")) {
            types.put(attribute.path("AttributeName").asText(),
                    ScalarAttributeType.valueOf(attribute.path("AttributeType").asText()));
        }
        KeyAttribute partitionKey = null;
        KeyAttribute sortKey = null;
        for (JsonNode key : resource.property("KeySchema")) {
            String keyName = key.path("AttributeName").asText();
            ScalarAttributeType keyType = types.get(keyName);
            if (keyType == null) {
                throw new TemplateException(resource.logicalId() + ": key " + keyName + " has no AttributeDefinition");
            }
            if ("HASH".equals(key.path("KeyType").asText())) {
                partitionKey = new KeyAttribute(keyName, keyType);
            } else {
                sortKey = new KeyAttribute(keyName, keyType);
            }
        }
        if (partitionKey == null) {
            throw new TemplateException(resource.logicalId() + ": KeySchema has no HASH key");
        }
        JsonNode stream = resource.property("StreamSpecification").path("StreamViewType");
        JsonNode ttl = resource.property("TimeToLiveSpecification");
        List<SecondaryIndex> indexes = new ArrayList<>();
        for (JsonNode index : resource.property("LocalSecondaryIndexes")) {
            indexes.add(index(resource, index, IndexKind.LOCAL, types));
        }
        for (JsonNode index : resource.property("GlobalSecondaryIndexes")) {
            indexes.add(index(resource, index, IndexKind.GLOBAL, types));
        }
        return new TableDefinition(name, partitionKey, sortKey,
                stream.isTextual() ? StreamViewType.valueOf(stream.asText()) : null,
                ttl.path("Enabled").asBoolean(false) ? ttl.path("AttributeName").asText() : null, indexes);
    }

    /** An index of {@code GlobalSecondaryIndexes} or {@code LocalSecondaryIndexes}: name, key schema, projection. */
    private static SecondaryIndex index(Resource resource, JsonNode index, IndexKind kind,
                                        Map<String, ScalarAttributeType> types) {
        String indexName = index.path("IndexName").asText();
        KeyAttribute partitionKey = null;
        KeyAttribute sortKey = null;
        for (JsonNode key : index.path("KeySchema")) {
            String keyName = key.path("AttributeName").asText();
            ScalarAttributeType keyType = types.get(keyName);
            if (keyType == null) {
                throw new TemplateException(resource.logicalId() + ": key " + keyName + " of index " + indexName
                        + " has no AttributeDefinition");
            }
            if ("HASH".equals(key.path("KeyType").asText())) {
                partitionKey = new KeyAttribute(keyName, keyType);
            } else {
                sortKey = new KeyAttribute(keyName, keyType);
            }
        }
        if (partitionKey == null) {
            throw new TemplateException(resource.logicalId() + ": the KeySchema of index " + indexName + " has no HASH key");
        }
        JsonNode projection = index.path("Projection");
        List<String> nonKey = new ArrayList<>();
        projection.path("NonKeyAttributes").forEach(attribute -> nonKey.add(attribute.asText()));
        ProjectionType type = ProjectionType.valueOf(projection.path("ProjectionType").asText("ALL"));
        return new SecondaryIndex(indexName, kind, partitionKey, sortKey, new IndexProjection(type, nonKey));
    }
}

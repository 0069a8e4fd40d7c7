package media.polyglot.local.protocol.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.dynamodb.TimeToLiveDescription;

/** UpdateTimeToLive and DescribeTimeToLive on the wire. */
final class TimeToLiveOperations {

    private TimeToLiveOperations() {
    }

    static JsonNode updateTimeToLive(DynamoDbEngine engine, JsonInput input) {
        String tableName = input.requiredString("TableName");
        JsonInput specification = input.requiredObject("TimeToLiveSpecification");
        String attributeName = specification.requiredString("AttributeName");
        boolean enabled = specification.bool("Enabled", false);
        engine.updateTimeToLive(tableName, attributeName, enabled);
        ObjectNode output = Json.object();
        ObjectNode echoed = output.putObject("TimeToLiveSpecification");
        echoed.put("AttributeName", attributeName);
        echoed.put("Enabled", enabled);
        return output;
    }

    static JsonNode describeTimeToLive(DynamoDbEngine engine, JsonInput input) {
        TimeToLiveDescription description = engine.describeTimeToLive(input.requiredString("TableName"));
        ObjectNode output = Json.object();
        ObjectNode json = output.putObject("TimeToLiveDescription");
        json.put("TimeToLiveStatus", description.status());
        if (description.attributeName() != null) {
            json.put("AttributeName", description.attributeName());
        }
        return output;
    }
}

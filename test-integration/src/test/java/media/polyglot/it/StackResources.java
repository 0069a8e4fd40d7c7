package media.polyglot.it;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;

/** A deployed stack's resources, logical id to physical id, as CloudFormation lists them. */
record StackResources(String stackName, Map<String, String> physicalIds) {

    static StackResources of(CloudFormationClient cloudFormation, String stackName) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (StackResourceSummary resource : cloudFormation.listStackResourcesPaginator(r -> r.stackName(stackName))
                .stackResourceSummaries()) {
            ids.put(resource.logicalResourceId(), resource.physicalResourceId());
        }
        return new StackResources(stackName, Map.copyOf(ids));
    }

    String physicalId(String logicalIdPrefix) {
        List<String> matching = physicalIds.keySet().stream().filter(id -> StackTemplate.hashed(id, logicalIdPrefix))
                .toList();
        if (matching.isEmpty()) {
            matching = physicalIds.keySet().stream().filter(id -> id.startsWith(logicalIdPrefix)).toList();
        }
        if (matching.size() != 1) {
            throw new IllegalArgumentException("stack " + stackName + ": logical id prefix " + logicalIdPrefix
                    + " matches " + (matching.isEmpty() ? "no resource" : matching));
        }
        return physicalIds.get(matching.get(0));
    }

    static String required(Map<String, String> values, String key, String what) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the stack has no " + what + " " + key + "; it has " + values.keySet());
        }
        return value;
    }
}

package media.polyglot.local.template;

import java.util.HashMap;
import java.util.Map;

/**
 * The names and attributes the runtime gave a stack's resources: what {@code Ref} and
 * {@code Fn::GetAtt} resolve to. A resource the runtime does not run still has a name and an ARN,
 * so that a template referring to it (a function's role, say) still reads.
 */
public final class PhysicalResources implements References {

    private final Template template;
    private final String region;
    private final String accountId;
    private final Map<String, String> refs = new HashMap<>();
    private final Map<String, Map<String, String>> attributes = new HashMap<>();

    public PhysicalResources(Template template, String region, String accountId) {
        this.template = template;
        this.region = region;
        this.accountId = accountId;
    }

    /** Records what Ref gives for a resource and the attributes GetAtt may ask for. */
    public synchronized void define(String logicalId, String ref, Map<String, String> attributesOfResource) {
        refs.put(logicalId, ref);
        attributes.computeIfAbsent(logicalId, id -> new HashMap<>()).putAll(attributesOfResource);
    }

    /** The name AWS would generate when the template sets none: stack, logical id, cut to the service's limit. */
    public String generatedName(String logicalId, int maxLength) {
        String name = template.stackName() + "-" + logicalId;
        return name.length() <= maxLength ? name : name.substring(0, maxLength);
    }

    public String arn(String service, String resource) {
        return "arn:aws:" + service + ":" + region + ":" + accountId + ":" + resource;
    }

    @Override
    public synchronized String ref(String logicalId) {
        String ref = refs.get(logicalId);
        if (ref != null) {
            return ref;
        }
        template.resource(logicalId);
        return generatedName(logicalId, 64);
    }

    @Override
    public synchronized String attribute(String logicalId, String attributeName) {
        Map<String, String> known = attributes.get(logicalId);
        if (known != null && known.containsKey(attributeName)) {
            return known.get(attributeName);
        }
        Resource resource = template.resource(logicalId);
        if (known == null && attributeName.equals("Arn")) {
            String service = resource.type().split("::")[1].toLowerCase();
            return arn(service, logicalId);
        }
        throw new TemplateException("Fn::GetAtt " + logicalId + "." + attributeName + ": " + resource.type()
                + " has no such attribute in the local runtime" + (known == null ? " (the resource is not run locally)" : ""));
    }
}

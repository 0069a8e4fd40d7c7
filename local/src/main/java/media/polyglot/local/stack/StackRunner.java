package media.polyglot.local.stack;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import media.polyglot.local.LocalSettings;
import media.polyglot.local.template.Resource;
import media.polyglot.local.template.StackArtifact;
import media.polyglot.local.template.TemplateException;

/**
 * Brings one synthesized stack up on the runtime's engines, in the account of its environment (the runtime's own
 * when it has none): its ARNs, its buses and its functions' credentials are that account's. Every resource is first
 * named, then started type by type in dependency order (queues, tables, buses, functions, topics, subscriptions,
 * rules, mappings, URLs). A resource the runtime does not run is reported with the reason, never silently skipped.
 */
public final class StackRunner {

    private static final List<ResourceType> START_ORDER = List.of(new QueueType(), new TableType(), new EventBusType(),
            new EventBusPolicyType(), new ArchiveType(), new FunctionType(), new TopicType(), new SubscriptionType(), new RuleType(),
            new EventSourceMappingType(), new FunctionUrlType());
    private static final Map<String, ResourceType> BY_TYPE =
            START_ORDER.stream().collect(Collectors.toMap(ResourceType::type, Function.identity()));
    private static final Map<String, String> NOT_RUN = Map.of(
            "AWS::IAM::Role", "IAM is not enforced locally",
            "AWS::IAM::Policy", "IAM is not enforced locally",
            "AWS::SQS::QueuePolicy", "resource policies are not enforced locally",
            "AWS::Lambda::Permission", "resource policies are not enforced locally",
            "AWS::SNS::TopicPolicy", "resource policies are not enforced locally",
            "AWS::Logs::LogGroup", "function logs go to the runtime's console",
            "AWS::EventSchemas::Registry", "schemas are for partners' code bindings; contracts are checked in events-schema",
            "AWS::EventSchemas::Schema", "schemas are for partners' code bindings; contracts are checked in events-schema");

    private StackRunner() {
    }

    public static StartedStack start(StackArtifact artifact, LocalSettings settings, Engines engines, String edgeUrl) {
        String account = artifact.accountOr(settings.accountId());
        StackContext stack = new StackContext(artifact.template(), artifact.assets(), account, settings, engines, edgeUrl);
        // Every account has its default bus.
        engines.events().createBus(account, "default");
        for (Resource resource : artifact.template().resources().values()) {
            ResourceType type = BY_TYPE.get(resource.type());
            if (type == null) {
                stack.notRun(resource.logicalId(), resource.type(),
                        NOT_RUN.getOrDefault(resource.type(), "this resource type is not emulated"));
            } else {
                run(resource, () -> type.name(resource, stack));
            }
        }
        for (ResourceType type : START_ORDER) {
            artifact.template().resources().values().stream()
                    .filter(resource -> resource.type().equals(type.type()))
                    .sorted(Comparator.comparingInt(type::startRank))
                    .forEach(resource -> run(resource, () -> type.start(resource, stack)));
        }
        return new StartedStack(artifact.stackName(), account, stack.urls(), stack.notRunReport());
    }

    private static void run(Resource resource, Runnable step) {
        try {
            step.run();
        } catch (TemplateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TemplateException(resource.logicalId() + " (" + resource.type() + ", " + resource.constructPath()
                    + ") cannot start: " + e.getMessage(), e);
        }
    }
}

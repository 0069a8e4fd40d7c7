package media.polyglot.infra.common;

import java.nio.file.Path;
import java.util.Objects;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.events.IEventBus;

/**
 * What every context's service construct is given: the backbone (the bus it publishes to or subscribes from,
 * and the causation ledger its consumers share), its shaded jar, and what happens to its stateful resources
 * when the stack goes.
 *
 * @param bus             the backbone's bus
 * @param causationLedger the backbone's causation ledger (the storm guard)
 * @param jar             the context's shaded jar
 * @param removalPolicy   applied to the context's tables and log groups
 * @param concurrency     how many instances of each of the context's consumers may run at once
 *                        (media.polyglot.infra.ConsumerConcurrency)
 */
public record ServiceProps(IEventBus bus, ITable causationLedger, Path jar, RemovalPolicy removalPolicy, int concurrency) {

    public ServiceProps {
        Objects.requireNonNull(bus, "bus");
        Objects.requireNonNull(causationLedger, "causationLedger");
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(removalPolicy, "removalPolicy");
    }
}

package media.polyglot.bench.dynamodb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import media.polyglot.bench.BenchAssembly;
import media.polyglot.bench.BenchRun;
import media.polyglot.bench.Benchmark;
import media.polyglot.bench.Clients;
import media.polyglot.bench.Figure;
import media.polyglot.bench.process.LocalRuntimeProcess;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The DynamoDB engine through the edge against dynalite, with the same stock client, the same fixed number of
 * operations of each kind and the same client threads; the two servers take turns operation by operation, so a
 * disturbance of the machine falls on both.
 */
public final class DynamoDbBenchmark implements Benchmark {

    private static final String NAME = "dynamodb";

    private enum Kind {
        PUT("PutItem (condition)"), GET("GetItem"), QUERY("Query, 20 items"), TRANSACT("TransactWriteItems, 2 puts");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Figure> run(BenchRun run) throws Exception {
        int ops = run.options().ops();
        int threads = run.options().threads();
        try (LocalRuntimeProcess runtime = run.startRuntime();
             Dynalite dynalite = Dynalite.start(run.options().root(),
                     () -> run.progress("installing dynalite %s with npm into bench/target/dynalite", Dynalite.VERSION));
             DynamoDbClient local = Clients.on(DynamoDbClient.builder(), runtime.endpoint(), threads);
             DynamoDbClient reference = Clients.on(DynamoDbClient.builder(), dynalite.endpoint(), threads)) {
            createTable(reference);
            Map<String, Operations> servers = new LinkedHashMap<>();
            servers.put("local", new Operations(local));
            servers.put("dynalite", new Operations(reference));
            Map<String, Boolean> transactions = new LinkedHashMap<>();
            for (Map.Entry<String, Operations> server : servers.entrySet()) {
                server.getValue().writePartitions();
                transactions.put(server.getKey(), supportsTransactions(server.getValue()));
            }

            int warmUp = Math.max(100, ops / 5);
            run.progress("warming up: %d operations of each kind on each server", warmUp);
            for (Map.Entry<String, Operations> server : servers.entrySet()) {
                for (Kind kind : Kind.values()) {
                    if (kind != Kind.TRANSACT || transactions.get(server.getKey())) {
                        measure(kind, "warm", warmUp, threads, server.getKey(), server.getValue());
                    }
                }
            }

            run.progress("measuring %d operations of each kind, %d client threads", ops, threads);
            List<Figure> figures = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                Map<String, Load.Result> results = new LinkedHashMap<>();
                for (Map.Entry<String, Operations> server : servers.entrySet()) {
                    String name = kind.label + ", " + server.getKey();
                    if (kind == Kind.TRANSACT && !transactions.get(server.getKey())) {
                        figures.add(Figure.absent(NAME, name, "ops/s", "not supported"));
                        continue;
                    }
                    Load.Result result = measure(kind, "run", ops, threads, server.getKey(), server.getValue());
                    results.put(server.getKey(), result);
                    figures.add(Figure.of(NAME, name, result.perSecond(), "ops/s").withNote(String.format(
                            "p50 %.2f ms, p99 %.2f ms", result.latencies().percentileMillis(50),
                            result.latencies().percentileMillis(99))));
                }
                if (kind != Kind.TRANSACT) {
                    figures.add(Figure.atLeast(NAME, kind.label + ", local / dynalite",
                            results.get("local").perSecond() / results.get("dynalite").perSecond(), "x", 1.5)
                            .withNote(ops + " ops, " + threads + " threads"));
                }
            }
            return figures;
        }
    }

    private static Load.Result measure(Kind kind, String prefix, int ops, int threads, String server,
                                       Operations operations) throws InterruptedException {
        IntConsumer operation = switch (kind) {
            case PUT -> i -> operations.put(prefix, i);
            case GET -> i -> operations.get(prefix, ops);
            case QUERY -> i -> operations.query();
            case TRANSACT -> i -> operations.transact("tx-" + prefix, i);
        };
        return Load.run(kind.label + " on " + server, ops, threads, operation);
    }

    /** dynalite has no transactions: one try tells, and leaves nothing behind where they are supported but fail. */
    private static boolean supportsTransactions(Operations operations) {
        try {
            operations.transact("tx-probe", 0);
            return true;
        } catch (DynamoDbException e) {
            if ("UnknownOperationException".equals(e.awsErrorDetails().errorCode())) {
                return false;
            }
            throw e;
        }
    }

    private static void createTable(DynamoDbClient client) {
        client.createTable(r -> r.tableName(BenchAssembly.TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.S)));
        client.waiter().waitUntilTableExists(r -> r.tableName(BenchAssembly.TABLE));
    }
}

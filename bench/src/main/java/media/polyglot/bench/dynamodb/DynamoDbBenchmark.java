package media.polyglot.bench.dynamodb;

import java.util.ArrayList;
import java.util.Collections;
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
 * operations of each kind and the same client threads; the two servers take turns, a tenth of the operations at a
 * time, so a disturbance of the machine falls on both.
 */
public final class DynamoDbBenchmark implements Benchmark {

    private static final String NAME = "dynamodb";
    private static final int TURNS = 10;

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
                        measure(kind, "warm", 0, warmUp, warmUp, threads, server.getKey(), server.getValue());
                    }
                }
            }

            run.progress("measuring %d operations of each kind, %d client threads, in %d turns per server", ops, threads,
                    TURNS);
            List<Figure> figures = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                Map<String, Operations> taking = new LinkedHashMap<>();
                servers.forEach((server, operations) -> {
                    if (kind != Kind.TRANSACT || transactions.get(server)) {
                        taking.put(server, operations);
                    }
                });
                Map<String, Load.Result> results = inTurns(kind, ops, threads, taking);
                for (String server : servers.keySet()) {
                    String name = kind.label + ", " + server;
                    Load.Result result = results.get(server);
                    if (result == null) {
                        figures.add(Figure.absent(NAME, name, "ops/s", "not supported"));
                        continue;
                    }
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

    /**
     * The servers take turns, {@value #TURNS} each, in the order A B B A A B ...: whatever the machine does meanwhile
     * (another build, a JIT compilation in the client) falls on both, and neither always goes first.
     */
    private static Map<String, Load.Result> inTurns(Kind kind, int ops, int threads, Map<String, Operations> servers)
            throws InterruptedException {
        Map<String, Load.Result> results = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(servers.keySet());
        for (int turn = 0; turn < TURNS; turn++) {
            int from = ops * turn / TURNS;
            int to = ops * (turn + 1) / TURNS;
            for (String server : order) {
                Load.Result part = measure(kind, "run", from, to, ops, threads, server, servers.get(server));
                results.merge(server, part, Load.Result::plus);
            }
            Collections.reverse(order);
        }
        return results;
    }

    /** Operations {@code from} (inclusive) to {@code to} of a run of {@code ops}. */
    private static Load.Result measure(Kind kind, String prefix, int from, int to, int ops, int threads, String server,
                                       Operations operations) throws InterruptedException {
        IntConsumer operation = switch (kind) {
            case PUT -> i -> operations.put(prefix, i);
            case GET -> i -> operations.get(prefix, ops);
            case QUERY -> i -> operations.query();
            case TRANSACT -> i -> operations.transact("tx-" + prefix, i);
        };
        return Load.run(kind.label + " on " + server, from, to, threads, operation);
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

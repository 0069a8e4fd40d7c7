package media.polyglot.bench.coldstart;

import java.util.ArrayList;
import java.util.List;
import media.polyglot.bench.BenchAssembly;
import media.polyglot.bench.BenchException;
import media.polyglot.bench.BenchRun;
import media.polyglot.bench.Benchmark;
import media.polyglot.bench.Clients;
import media.polyglot.bench.Figure;
import media.polyglot.bench.Latencies;
import media.polyglot.bench.process.LocalRuntimeProcess;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Cold start: Lambda Invoke through the edge on a freshly started runtime, whose functions start lazily, so the first
 * invocation of each function times its process spawn, runtime start, handler construction and first response. A
 * real handler (SDK clients and Jackson built in its constructor) against a trivial one from the same jar, each
 * {@code --runs} times, alternating which goes first.
 * <p>
 * The runtime keeps a class-data archive per function code, recorded when the code's first instance exits. So a
 * first runtime starts each handler once (what a developer's very first start of new code costs, unless an earlier
 * bench run already left an archive for this very jar) and stops, which records the archives; the measured cold
 * starts run on a second runtime, as every later start of the same code does.
 */
public final class ColdStartBenchmark implements Benchmark {

    private static final String NAME = "coldstart";
    private static final String PAYLOAD = "{\"contentId\":\"c-1\",\"languages\":[\"en\",\"fr\",\"de\"]}";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Figure> run(BenchRun run) throws Exception {
        int runs = run.options().runs();
        double trivialFirst;
        double realFirst;
        try (LocalRuntimeProcess runtime = run.startRuntime();
             LambdaClient lambda = Clients.on(LambdaClient.builder(), runtime.endpoint(), 1)) {
            run.progress("first start of each handler's code; stopping the runtime then records its class-data archive");
            trivialFirst = invoke(lambda, BenchAssembly.trivialFunction(1));
            realFirst = invoke(lambda, BenchAssembly.realFunction(1));
        }
        try (LocalRuntimeProcess runtime = run.startRuntime();
             LambdaClient lambda = Clients.on(LambdaClient.builder(), runtime.endpoint(), 1)) {
            run.progress("warming up: one cold and one warm invocation of %s", BenchAssembly.WARMUP_FUNCTION);
            invoke(lambda, BenchAssembly.WARMUP_FUNCTION);
            double warm = invoke(lambda, BenchAssembly.WARMUP_FUNCTION);

            List<Double> trivial = new ArrayList<>();
            List<Double> real = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                run.progress("cold invocations %d of %d", i, runs);
                if (i % 2 == 1) {
                    trivial.add(invoke(lambda, BenchAssembly.trivialFunction(i)));
                    real.add(invoke(lambda, BenchAssembly.realFunction(i)));
                } else {
                    real.add(invoke(lambda, BenchAssembly.realFunction(i)));
                    trivial.add(invoke(lambda, BenchAssembly.trivialFunction(i)));
                }
            }
            double realWarm = invoke(lambda, BenchAssembly.realFunction(1));
            double trivialCold = Latencies.median(trivial);
            double realCold = Latencies.median(real);
            double ratio = realCold / trivialCold;
            String how = "median of " + runs + ", Invoke through the edge, with the code's class-data archive";
            return List.of(
                    Figure.of(NAME, "trivial handler, first invocation", trivialCold, "ms").withNote(how),
                    Figure.of(NAME, "real handler (SDK clients, Jackson), first invocation", realCold, "ms")
                            .withNote(how),
                    Figure.atMost(NAME, "real / trivial (design goal)", ratio, "x", 1.5),
                    Figure.atMost(NAME, "real / trivial (runtime issue past this)", ratio, "x", 4),
                    Figure.of(NAME, "trivial handler, first start of its code", trivialFirst, "ms")
                            .withNote("no archive yet, unless an earlier run left one for this jar"),
                    Figure.of(NAME, "real handler, first start of its code", realFirst, "ms"),
                    Figure.of(NAME, "warm invocation, trivial", warm, "ms"),
                    Figure.of(NAME, "warm invocation, real", realWarm, "ms"));
        }
    }

    private static double invoke(LambdaClient lambda, String function) {
        long start = System.nanoTime();
        InvokeResponse response = lambda.invoke(r -> r.functionName(function).payload(SdkBytes.fromUtf8String(PAYLOAD)));
        long elapsed = System.nanoTime() - start;
        if (response.functionError() != null) {
            throw new BenchException(function + " failed (" + response.functionError() + "): "
                    + response.payload().asUtf8String());
        }
        return elapsed / 1_000_000.0;
    }
}

package media.polyglot.bench;

import java.nio.file.Path;
import media.polyglot.bench.process.LocalRuntimeProcess;

/** What every benchmark of one invocation shares: the options, a work directory, the bench's cloud assembly. */
public final class BenchRun {

    private final BenchOptions options;
    private final Path workDirectory;
    private Path assembly;

    public BenchRun(BenchOptions options, Path workDirectory) {
        this.options = options;
        this.workDirectory = workDirectory;
    }

    public BenchOptions options() {
        return options;
    }

    public Path workDirectory() {
        return workDirectory;
    }

    /** The bench's cloud assembly, written on first use, with as many cold functions of each kind as {@code --runs}. */
    public synchronized Path assembly() {
        if (assembly == null) {
            LocalRuntimeProcess.requireBuilt(options.root());
            Path functions = BenchAssembly.requireFunctionsJar(options.root());
            assembly = BenchAssembly.write(workDirectory.resolve("cdk.out"), functions, options.runs());
        }
        return assembly;
    }

    /** A fresh runtime on the bench's assembly. */
    public LocalRuntimeProcess startRuntime() {
        Path cdkOut = assembly();
        progress("starting the local runtime");
        return LocalRuntimeProcess.start(options.root(), cdkOut);
    }

    /** A progress line on standard error, so standard output stays the report. */
    public void progress(String format, Object... arguments) {
        System.err.println("  " + String.format(format, arguments));
    }
}

package media.polyglot.local.engine.lambda;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts one instance's JVM the way the java21 managed runtime does: the Runtime Interface Client's main class with
 * the handler as its argument, the function's code after the runtime's jars, the runtime's JVM flags, and the
 * environment Lambda sets (see "Defined runtime environment variables" in the Lambda developer guide).
 */
final class FunctionLauncher {

    private static final DateTimeFormatter LOG_STREAM_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final RuntimeInterfaceClient runtime;
    private final Path taskRoot;
    private final ClassDataArchives archives;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /**
     * @param taskRoot the working directory of every function process. It stays empty on purpose: the RIC adds the
     *                 working directory and its lib/*.jar to the function's class loader, so any other directory
     *                 could lend a function classes its deployed asset lacks.
     */
    FunctionLauncher(RuntimeInterfaceClient runtime, Path taskRoot, ClassDataArchives archives) {
        this.runtime = runtime;
        this.taskRoot = taskRoot;
        this.archives = archives;
    }

    Process launch(FunctionSpec spec, String runtimeApiAddress) throws IOException {
        List<Path> classpath = classpath(spec);
        ClassDataArchives.Use archive = archives.use(classpath, spec.handler());
        ProcessBuilder builder = new ProcessBuilder(command(spec, classpath, archive.flags())).directory(taskRoot.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment(spec, runtimeApiAddress));
        Process process = builder.start();
        process.getOutputStream().close();
        process.onExit().thenAccept(exited -> archive.afterExit().accept(exited.exitValue()));
        return process;
    }

    List<String> command(FunctionSpec spec) {
        return command(spec, classpath(spec), List.of());
    }

    private List<Path> classpath(FunctionSpec spec) {
        return Stream.concat(runtime.classpath().stream(), spec.classpath().stream()).toList();
    }

    private List<String> command(FunctionSpec spec, List<Path> classpath, List<String> archiveFlags) {
        List<String> command = new ArrayList<>(List.of(java,
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        command.addAll(archiveFlags);
        command.addAll(List.of("-Xmx" + spec.heapMb() + "m",
                "-D" + RuntimeInterfaceClient.NATIVE_LIBRARY_PROPERTY + "=" + runtime.nativeLibrary(),
                "-cp", classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                RuntimeInterfaceClient.MAIN_CLASS, spec.handler()));
        return command;
    }

    /**
     * The function's own variables first, then the ones Lambda reserves, which a function cannot override. Nothing
     * of the host's environment leaks in (in particular no real AWS credentials).
     */
    Map<String, String> environment(FunctionSpec spec, String runtimeApiAddress) {
        Map<String, String> environment = new HashMap<>(spec.environment());
        environment.put("PATH", "/usr/local/bin:/usr/bin/:/bin:/opt/bin");
        environment.put("LANG", "en_US.UTF-8");
        environment.put("TZ", ":UTC");
        environment.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        environment.put("AWS_LAMBDA_RUNTIME_API", runtimeApiAddress);
        environment.put("_HANDLER", spec.handler());
        environment.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        environment.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        environment.put("AWS_LAMBDA_FUNCTION_NAME", spec.name());
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(spec.memoryMb()));
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        environment.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + spec.name());
        environment.put("AWS_LAMBDA_LOG_STREAM_NAME", logStreamName());
        return environment;
    }

    private static String logStreamName() {
        String date = LocalDate.now(ZoneOffset.UTC).format(LOG_STREAM_DATE);
        return date + "/[$LATEST]" + UUID.randomUUID().toString().replace("-", "");
    }
}

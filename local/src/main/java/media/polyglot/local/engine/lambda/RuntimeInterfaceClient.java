package media.polyglot.local.engine.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.utilslite.SdkInternalThreadLocal;

/**
 * AWS's Lambda Runtime Interface Client (the runtime the java21 managed runtime runs), prepared for function
 * processes: its jars, found where the host itself loaded them (the Maven repository under test, the lib/
 * directory of a packaged runtime), and its native Runtime API client, unpacked once per host.
 */
final class RuntimeInterfaceClient {

    static final String MAIN_CLASS = AWSLambda.class.getName();

    /**
     * Left unset, every starting RIC copies its native library to the one file /tmp/.libaws-lambda-jni.so and loads
     * it from there (JniHelper), so instances starting together overwrite each other's library. The RIC loads the
     * file this system property names instead.
     */
    static final String NATIVE_LIBRARY_PROPERTY =
            "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    /** One class from each jar the RIC needs at run time: itself, its serialization, aws-lambda-java-core, utils-lite. */
    private static final List<Class<?>> JAR_MARKERS =
            List.of(AWSLambda.class, PojoSerializer.class, Context.class, SdkInternalThreadLocal.class);

    private final List<Path> classpath;
    private final Path nativeLibrary;

    private RuntimeInterfaceClient(List<Path> classpath, Path nativeLibrary) {
        this.classpath = classpath;
        this.nativeLibrary = nativeLibrary;
    }

    /** Locates the RIC's jars and unpacks the native library for this machine into {@code directory}. */
    static RuntimeInterfaceClient install(Path directory) {
        List<Path> jars = JAR_MARKERS.stream().map(RuntimeInterfaceClient::codeSource).distinct().toList();
        return new RuntimeInterfaceClient(jars, unpackNativeLibrary(directory));
    }

    List<Path> classpath() {
        return classpath;
    }

    Path nativeLibrary() {
        return nativeLibrary;
    }

    private static Path codeSource(Class<?> marker) {
        CodeSource source = marker.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("Cannot locate the jar of " + marker.getName()
                    + ": the Lambda host needs the Runtime Interface Client on its own classpath");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException malformed) {
            throw new IllegalStateException("The code source of " + marker.getName() + " is not a file path: "
                    + source.getLocation(), malformed);
        }
    }

    private static Path unpackNativeLibrary(Path directory) {
        String name = nativeLibraryName();
        Path target = directory.resolve(name);
        try (InputStream library = AWSLambda.class.getResourceAsStream("/jni/" + name)) {
            if (library == null) {
                throw new IllegalStateException("The Runtime Interface Client jar has no native library jni/" + name);
            }
            Files.copy(library, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the Runtime Interface Client's native library to " + target, e);
        }
    }

    /** The RIC ships its native client for Linux only, for x86_64 and aarch64, on glibc or musl. */
    private static String nativeLibraryName() {
        String os = System.getProperty("os.name");
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        if (!os.toLowerCase(Locale.ROOT).startsWith("linux")) {
            throw new IllegalStateException("Lambda functions run on Linux only: the Runtime Interface Client has no "
                    + "native client for " + os);
        }
        String cpu = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch_64";
            default -> throw new IllegalStateException("The Runtime Interface Client has no native client for the "
                    + arch + " architecture; it supports x86_64 and aarch64");
        };
        return "libaws-lambda-jni.linux" + (isMusl() ? "_musl" : "") + "-" + cpu + ".so";
    }

    private static boolean isMusl() {
        try (DirectoryStream<Path> loaders = Files.newDirectoryStream(Path.of("/lib"), "ld-musl-*")) {
            return loaders.iterator().hasNext();
        } catch (IOException noLibDirectory) {
            return false;
        }
    }
}

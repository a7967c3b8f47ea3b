package dev.tandem.localcloud.lambda.environment;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import software.amazon.awssdk.utilslite.SdkInternalThreadLocal;

/**
 * AWS's Runtime Interface Client, the same runtime that Lambda's Java runtimes run, taken from
 * local-cloud's own classpath (nothing is downloaded at run time): its jar and the jars it needs
 * for the function JVM's classpath, and its native HTTP client, unpacked once into the host's
 * directory. Left to itself each client would unpack that library to one fixed path in
 * {@code /tmp}, which concurrent JVMs would overwrite under each other.
 */
public final class RuntimeInterfaceClient {

    static final String MAIN_CLASS = AWSLambda.class.getName();

    private static final String NATIVE_LIBRARY_PROPERTY =
            "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    private final List<Path> classpath;
    private final Path nativeLibrary;

    private RuntimeInterfaceClient(List<Path> classpath, Path nativeLibrary) {
        this.classpath = classpath;
        this.nativeLibrary = nativeLibrary;
    }

    public static RuntimeInterfaceClient unpackInto(Path directory) {
        List<Path> classpath = Stream.of(
                        AWSLambda.class, Context.class, PojoSerializer.class, SdkInternalThreadLocal.class)
                .map(RuntimeInterfaceClient::location)
                .distinct()
                .toList();
        return new RuntimeInterfaceClient(classpath, unpackNativeLibrary(directory));
    }

    List<Path> classpath() {
        return classpath;
    }

    /** JVM options that point the client at the unpacked native library. */
    List<String> jvmOptions() {
        return List.of("-D" + NATIVE_LIBRARY_PROPERTY + "=" + nativeLibrary);
    }

    private static Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IllegalStateException("cannot tell which jar " + type.getName() + " comes from");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(
                    "unexpected location of " + type.getName() + ": " + source.getLocation(), e);
        }
    }

    private static Path unpackNativeLibrary(Path directory) {
        String name = "libaws-lambda-jni." + platform() + ".so";
        Path target = directory.resolve(name);
        try (InputStream library = AWSLambda.class.getResourceAsStream("/jni/" + name)) {
            if (library == null) {
                throw new IllegalStateException("the runtime interface client has no native library for " + platform());
            }
            Files.copy(library, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + name + " into " + directory, e);
        }
    }

    private static String platform() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String cpu = arch.equals("aarch64") || arch.equals("arm64") ? "aarch_64" : "x86_64";
        boolean musl;
        try (Stream<Path> loaders = Files.list(Path.of("/lib"))) {
            musl = loaders.anyMatch(path -> path.getFileName().toString().startsWith("ld-musl-"));
        } catch (IOException noLib) {
            musl = false;
        }
        return (musl ? "linux_musl-" : "linux-") + cpu;
    }
}

package dev.tandem.localcloud.lambda.environment;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * How a function's JVM is started: the java of the host's own JVM, a heap of 85% of the function's
 * memory (the rest is what metaspace, threads and code need in the same budget), the JIT settings
 * of Lambda's Java runtimes (C1 only, which starts faster), the function's code ahead of the
 * runtime interface client on the classpath, and an environment built from scratch the way Lambda
 * builds it, so that nothing of the host's own environment (its credentials, say) leaks in.
 */
public final class FunctionJvm {

    private static final double HEAP_SHARE = 0.85;

    private final Path java;
    private final RuntimeInterfaceClient runtime;
    private final FunctionHostSettings settings;
    private final Path taskRoot;

    public FunctionJvm(Path java, RuntimeInterfaceClient runtime, FunctionHostSettings settings, Path taskRoot) {
        this.java = java;
        this.runtime = runtime;
        this.settings = settings;
        this.taskRoot = taskRoot;
    }

    public static Path currentJava() {
        return Path.of(ProcessHandle.current().info().command().orElseGet(() -> Path.of(
                        System.getProperty("java.home"), "bin", "java")
                .toString()));
    }

    ProcessBuilder processBuilder(FunctionDefinition function, String runtimeApi) {
        ProcessBuilder builder = new ProcessBuilder(command(function)).directory(taskRoot.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment(function, runtimeApi));
        return builder;
    }

    List<String> command(FunctionDefinition function) {
        List<String> classpath = new ArrayList<>(codeClasspath(function.code()));
        runtime.classpath().forEach(jar -> classpath.add(jar.toString()));
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                "-Xmx" + heapMb(function.memoryMb()) + "m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                // No hsperfdata file per JVM in /tmp: nothing attaches to these JVMs.
                "-XX:-UsePerfData",
                // The runtime interface client loads its native HTTP client with System.load.
                "--enable-native-access=ALL-UNNAMED"));
        command.addAll(runtime.jvmOptions());
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classpath)));
        command.add(RuntimeInterfaceClient.MAIN_CLASS);
        command.add(function.handler());
        return command;
    }

    /**
     * The function's own variables, then the host's (credentials, endpoints), then its execution role's credentials,
     * then Lambda's reserved ones, each overriding the one before, as Lambda does not let a function redefine them.
     */
    Map<String, String> environment(FunctionDefinition function, String runtimeApi) {
        Map<String, String> environment = new LinkedHashMap<>(function.environment());
        environment.putAll(settings.environment());
        environment.putAll(function.roleCredentials());
        String path = System.getenv("PATH");
        environment.put("PATH", path == null ? "/usr/local/bin:/usr/bin:/bin" : path);
        environment.put("LANG", "en_US.UTF-8");
        environment.put("TZ", ":UTC");
        environment.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        environment.put(
                "AWS_EXECUTION_ENV", "AWS_Lambda_java" + Runtime.version().feature());
        environment.put("AWS_REGION", settings.region());
        environment.put("AWS_DEFAULT_REGION", settings.region());
        environment.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        environment.put("_HANDLER", function.handler());
        environment.put("AWS_LAMBDA_FUNCTION_NAME", function.name());
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memoryMb()));
        environment.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        environment.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.name());
        environment.put("AWS_LAMBDA_LOG_STREAM_NAME", logStreamName());
        return environment;
    }

    /** Lambda's format: the day, the version, and an id of the execution environment. */
    private static String logStreamName() {
        String day = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        return day + "/[$LATEST]" + UUID.randomUUID().toString().replace("-", "");
    }

    public static int heapMb(int memoryMb) {
        return (int) (memoryMb * HEAP_SHARE);
    }

    /** A deployment jar as is; an unpacked asset like Lambda's task root: the directory, then its {@code lib/*.jar}. */
    private static List<String> codeClasspath(Path code) {
        if (!Files.isDirectory(code)) {
            return List.of(code.toString());
        }
        List<String> entries = new ArrayList<>(List.of(code.toString()));
        Path lib = code.resolve("lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> jars = Files.list(lib)) {
                jars.map(Path::toString)
                        .filter(name -> name.endsWith(".jar"))
                        .sorted()
                        .forEach(entries::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + lib, e);
            }
        }
        return entries;
    }
}

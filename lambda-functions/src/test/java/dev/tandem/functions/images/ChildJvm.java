package dev.tandem.functions.images;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts {@link BenchmarkProbe} in a fresh JVM whose class path is a deployment jar (plus the
 * probe itself), with the environment a function gets on AWS and no endpoint overrides.
 */
final class ChildJvm {

    private static final Map<String, String> FUNCTION_ENVIRONMENT = Map.of(
            "AWS_REGION", "eu-west-1",
            "AWS_ACCESS_KEY_ID", "AKIDEXAMPLEBENCHMARK",
            "AWS_SECRET_ACCESS_KEY", "benchmark-only-not-a-secret",
            "BUCKET_NAME", "tandem-media-benchmark",
            "EVENT_BUS_NAME", "tandem",
            "IDEMPOTENCY_TABLE_NAME", "tandem-payments-idempotency");

    private final Path jar;
    private final Path probeClasses;

    ChildJvm(Path jar, Path probeClasses) {
        this.jar = jar;
        this.probeClasses = probeClasses;
    }

    /** The probe's last output line and the wall-clock milliseconds from process start until it appeared. */
    Result run(List<String> jvmOptions, String... probeArguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(jar + File.pathSeparator + probeClasses);
        command.add(BenchmarkProbe.class.getName());
        command.addAll(List.of(probeArguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("JAVA_TOOL"));
        builder.environment().putAll(FUNCTION_ENVIRONMENT);
        long start = System.nanoTime();
        Process process = builder.start();
        String line;
        StringBuilder transcript = new StringBuilder();
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String last = null;
            double elapsed = 0;
            while ((line = output.readLine()) != null) {
                // The probe's own line is its last; anything before it is the JVM's or a log's.
                elapsed = (System.nanoTime() - start) / 1e6;
                transcript.append(line).append('\n');
                last = line;
            }
            if (process.waitFor() != 0 || last == null) {
                throw new IOException("probe " + String.join(" ", probeArguments) + " failed:\n" + transcript);
            }
            return new Result(last, elapsed);
        }
    }

    record Result(String line, double millis) {

        /** The numbers the render probe prints. */
        double[] figures() {
            String[] parts = line.trim().split(" ");
            double[] figures = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                figures[i] = Double.parseDouble(parts[i]);
            }
            return figures;
        }
    }
}

package dev.tandem.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run of a deployment jar as Lambda runs it: a fresh JVM whose class path holds only the jar,
 * the runtime's event serializer and {@link DeploymentJarLauncher}, configured through environment
 * variables alone, its SnapStart priming run before it handles one SQS event. What it printed is
 * kept: the function's JSON log lines, then its batch response.
 */
record DeploymentJarRun(List<String> lines) {

    private static final Path TARGET = Path.of("target");

    /** Runs the handler of {@code jar} (in {@code target}) on the event, and waits for it to exit. */
    static DeploymentJarRun launch(
            String jar, String handler, String event, Map<String, String> environment, Path workDirectory)
            throws IOException, InterruptedException {
        Path eventFile = Files.writeString(workDirectory.resolve(UUID.randomUUID() + ".json"), event);
        String classPath = String.join(
                File.pathSeparator,
                TARGET.resolve(jar).toString(),
                Path.of(LambdaEventSerializers.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .getPath())
                        .toString(),
                TARGET.resolve("test-classes").toString());
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classPath,
                        DeploymentJarLauncher.class.getName(),
                        "--prime",
                        handler,
                        eventFile.toString())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("exit status; output:%n%s", output).isZero();
        return new DeploymentJarRun(output.strip().lines().toList());
    }

    /** The ids of the messages the batch response reports as failed. */
    List<String> failedMessageIds() {
        JsonNode response = JsonMapper.shared().readTree(lines.getLast());
        List<String> ids = new ArrayList<>();
        response.path("batchItemFailures")
                .forEach(failure -> ids.add(failure.path("itemIdentifier").asString()));
        return ids;
    }

    /** The function's log lines, each one JSON object. */
    List<JsonNode> logLines() {
        return lines.subList(0, lines.size() - 1).stream()
                .filter(line -> line.startsWith("{"))
                .map(line -> JsonMapper.shared().readTree(line))
                .toList();
    }

    /** The log lines written while the function processed the message. */
    List<JsonNode> logLinesOf(String messageId) {
        return logLines().stream()
                .filter(line -> line.path(SqsBatch.MESSAGE_ID).asString().equals(messageId))
                .toList();
    }
}

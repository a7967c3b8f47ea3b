package dev.tandem.localcloud.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import dev.tandem.localcloud.lambda.environment.FunctionDefinition;
import dev.tandem.localcloud.lambda.environment.FunctionHostSettings;
import dev.tandem.localcloud.lambda.eventsource.SqsEventSourceDefinition;
import dev.tandem.localcloud.lambda.runtime.InvocationResult;
import dev.tandem.localcloud.lambda.testfunctions.EchoHandler;
import dev.tandem.localcloud.lambda.testfunctions.PoisonRecordHandler;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(LocalAwsExtension.class)
class FunctionHostShutdownIT {

    @TempDir
    Path directory;

    private FunctionHost host;
    private Set<ProcessHandle> unrelated;

    @BeforeEach
    void startFunctions(LocalAws aws, SqsClient sqs) throws IOException {
        // Other tests of the run may have children of their own; only the host's are this test's business.
        unrelated = Set.copyOf(ProcessHandle.current().descendants().toList());
        Path jar = TestFunctionJar.buildIn(directory);
        String region = aws.settings().region().id();
        host = new FunctionHost(FunctionHostSettings.of(region, aws.environment()));
        host.start(definition("echo", region, jar, EchoHandler.class).withMaxConcurrency(2))
                .join();
        host.start(definition("consumer", region, jar, PoisonRecordHandler.class))
                .join();
        TestQueues.Queue queue = new TestQueues(sqs).withDeadLetterQueue("shutdown", 30, 3);
        host.addSqsEventSource(
                new SqsEventSourceDefinition("consumer", queue.url(), queue.arn(), 10, Duration.ZERO, 2, true), sqs);
    }

    /** Closing twice is harmless; this one only matters when the test failed before its own. */
    @AfterEach
    void stopFunctions() {
        host.close();
    }

    @Test
    void closingKillsEveryFunctionJvmWithItsChildrenAndFreesEveryPort() {
        List<JsonNode> answers = List.of(1, 2).stream()
                .map(index -> CompletableFuture.supplyAsync(
                        () -> host.invoke("echo", "{\"spawnChild\":true,\"sleepMs\":300}")))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .map(FunctionHostShutdownIT::answer)
                .toList();
        List<ProcessHandle> hostProcesses = ProcessHandle.current()
                .descendants()
                .filter(process -> !unrelated.contains(process))
                .toList();
        assertThat(hostProcesses)
                .as("two echo JVMs, their two children, one consumer JVM")
                .hasSize(5);

        long closing = System.nanoTime();
        host.close();

        assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(5));
        assertThat(hostProcesses).noneMatch(ProcessHandle::isAlive);
        for (JsonNode answer : answers) {
            assertThat(ProcessHandle.of(answer.path("childPid").asLong()).filter(ProcessHandle::isAlive))
                    .isEmpty();
            int port = Integer.parseInt(answer.path("runtimeApi").asString().split(":")[1]);
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        }
    }

    private static FunctionDefinition definition(String name, String region, Path jar, Class<?> handler) {
        return new FunctionDefinition(
                name,
                "arn:aws:lambda:" + region + ":000000000000:function:" + name,
                jar,
                handler.getName(),
                256,
                Duration.ofSeconds(10),
                Map.of());
    }

    private static JsonNode answer(InvocationResult result) {
        assertThat(result).isInstanceOf(InvocationResult.Success.class);
        return JsonMapper.shared().readTree(((InvocationResult.Success) result).payload());
    }
}

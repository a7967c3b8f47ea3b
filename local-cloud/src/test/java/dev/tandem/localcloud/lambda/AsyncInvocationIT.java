package dev.tandem.localcloud.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.localcloud.lambda.testfunctions.EchoHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsyncInvocationIT {

    private static final AsyncInvokeConfig QUICK_RETRIES =
            new AsyncInvokeConfig(2, Duration.ofMinutes(1), Duration.ofMillis(200));

    @TempDir
    Path directory;

    private Path journal;
    private FunctionHost host;
    private final List<AsyncInvocationFailure> failures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startEcho() throws IOException {
        journal = directory.resolve("journal.txt");
        host = new FunctionHost(FunctionHostSettings.of("eu-west-1", Map.of()));
        host.start(new FunctionDefinition(
                        "echo-async",
                        "arn:aws:lambda:eu-west-1:000000000000:function:echo-async",
                        TestFunctionJar.buildIn(directory),
                        EchoHandler.class.getName(),
                        256,
                        Duration.ofSeconds(5),
                        Map.of("JOURNAL", journal.toString())))
                .join();
    }

    @AfterEach
    void stopHost() {
        host.close();
    }

    @Test
    void retriesAFailingEventTwiceThenHandsItToTheOnFailureCallback() throws IOException {
        String requestId = host.invokeAsync("echo-async", "{\"fail\":true}", QUICK_RETRIES, failures::add);

        await().atMost(Duration.ofSeconds(20)).until(() -> !failures.isEmpty());
        AsyncInvocationFailure failure = failures.getFirst();
        assertThat(failure.requestId()).isEqualTo(requestId);
        assertThat(failure.payload()).isEqualTo("{\"fail\":true}");
        assertThat(failure.attempts()).isEqualTo(3);
        assertThat(failure.reason()).isEqualTo(AsyncInvocationFailure.Reason.RETRIES_EXHAUSTED);
        assertThat(failure.lastError().errorMessage()).isEqualTo("asked to fail");
        assertThat(attemptsOf(requestId)).isEqualTo(3);
    }

    @Test
    void runsASucceedingEventOnceWithoutCallingTheOnFailureCallback() {
        String requestId = host.invokeAsync("echo-async", "{\"hello\":\"async\"}", QUICK_RETRIES, failures::add);

        await().atMost(Duration.ofSeconds(10)).until(() -> attemptsOf(requestId) == 1);
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2)).until(() -> attemptsOf(requestId) == 1);
        assertThat(failures).isEmpty();
    }

    @Test
    void abandonsAnEventThatWouldBeTooOldForItsNextRetry() throws IOException {
        AsyncInvokeConfig shortLived = new AsyncInvokeConfig(2, Duration.ofSeconds(1), Duration.ofSeconds(5));

        String requestId = host.invokeAsync("echo-async", "{\"fail\":true}", shortLived, failures::add);

        await().atMost(Duration.ofSeconds(10)).until(() -> !failures.isEmpty());
        assertThat(failures.getFirst().reason()).isEqualTo(AsyncInvocationFailure.Reason.EVENT_AGE_EXCEEDED);
        assertThat(failures.getFirst().attempts()).isEqualTo(1);
        assertThat(attemptsOf(requestId)).isEqualTo(1);
    }

    private long attemptsOf(String requestId) throws IOException {
        if (!Files.exists(journal)) {
            return 0;
        }
        return Files.readAllLines(journal).stream()
                .filter(line -> line.startsWith(requestId + " "))
                .count();
    }
}

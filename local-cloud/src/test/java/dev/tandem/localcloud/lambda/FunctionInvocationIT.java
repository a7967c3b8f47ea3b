package dev.tandem.localcloud.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.localcloud.lambda.environment.FunctionDefinition;
import dev.tandem.localcloud.lambda.environment.FunctionHostSettings;
import dev.tandem.localcloud.lambda.environment.FunctionJvm;
import dev.tandem.localcloud.lambda.runtime.InvocationResult;
import dev.tandem.localcloud.lambda.testfunctions.EchoHandler;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FunctionInvocationIT {

    private static final String REGION = "eu-west-1";

    @TempDir
    static Path directory;

    private static Path jar;
    private static FunctionHost host;

    @BeforeAll
    static void startHost() throws IOException {
        jar = TestFunctionJar.buildIn(directory);
        host = new FunctionHost(FunctionHostSettings.of(REGION, Map.of("AWS_ACCESS_KEY_ID", "local")));
    }

    @AfterAll
    static void stopHost() {
        host.close();
    }

    @Test
    void returnsThePayloadWithARealRequestIdAndLambdasContext() {
        FunctionDefinition echo = echo("echo-context", Duration.ofSeconds(10));
        host.start(echo).join();

        InvocationResult result = host.invoke(echo.name(), "{\"hello\":\"world\"}");

        assertThat(result).isInstanceOf(InvocationResult.Success.class);
        JsonNode answer = json(((InvocationResult.Success) result).payload());
        assertThat(UUID.fromString(result.requestId())).hasToString(result.requestId());
        assertThat(answer.path("requestId").asString()).isEqualTo(result.requestId());
        assertThat(answer.path("input").path("hello").asString()).isEqualTo("world");
        assertThat(answer.path("functionArn").asString()).isEqualTo(echo.arn());
        assertThat(answer.path("remainingMs").asLong()).isBetween(1L, 10_000L);
        assertThat(answer.path("memoryLimitMb").asInt()).isEqualTo(256);
        assertThat(answer.path("maxHeapMb").asLong()).isBetween(180L, (long) FunctionJvm.heapMb(256));
        assertThat(answer.path("region").asString()).isEqualTo(REGION);
        assertThat(answer.path("greeting").asString()).isEqualTo("hello from the template");
        assertThat(answer.hasNonNull("hostHome"))
                .as("the host's own environment stays out")
                .isFalse();
    }

    @Test
    void aCrashKillsTheRunningInvocationAndTheNextOneStartsColdInANewJvm() {
        FunctionDefinition echo = echo("echo-crash", Duration.ofSeconds(20));
        host.start(echo).join();
        long firstPid = pid(host.invoke(echo.name(), "{}"));
        CompletableFuture<InvocationResult> slow =
                CompletableFuture.supplyAsync(() -> host.invoke(echo.name(), "{\"sleepMs\":10000}"));
        await().atMost(Duration.ofSeconds(10)).until(() -> host.crashRunningInvocations(echo.name()) == 1);

        assertThat(slow.join()).isInstanceOf(InvocationResult.Failure.class);
        assertThat(pid(host.invoke(echo.name(), "{}"))).isNotEqualTo(firstPid);
        assertThat(host.launches(echo.name())).isEqualTo(2);
    }

    @Test
    void reportsAnExceptionOfTheHandlerAsAFunctionErrorAndKeepsItsJvm() {
        FunctionDefinition echo = echo("echo-errors", Duration.ofSeconds(10));
        host.start(echo).join();
        long pid = pid(host.invoke(echo.name(), "{}"));

        InvocationResult failed = host.invoke(echo.name(), "{\"fail\":true}");

        assertThat(failed).isInstanceOfSatisfying(InvocationResult.Failure.class, failure -> {
            assertThat(failure.error().errorType()).isEqualTo(IllegalStateException.class.getName());
            assertThat(failure.error().errorMessage()).isEqualTo("asked to fail");
            assertThat(failure.error().stackTrace()).anyMatch(frame -> frame.contains("EchoHandler.handleRequest"));
        });
        assertThat(pid(host.invoke(echo.name(), "{}"))).isEqualTo(pid);
        assertThat(host.launches(echo.name())).isEqualTo(1);
    }

    @Test
    void killsAnInvocationThatOutlivesItsTimeoutAndStartsAFreshJvmForTheNext() {
        FunctionDefinition echo = echo("echo-timeout", Duration.ofSeconds(2));
        host.start(echo).join();
        long firstPid = pid(host.invoke(echo.name(), "{}"));

        InvocationResult timedOut = host.invoke(echo.name(), "{\"sleepMs\":60000}");

        assertThat(timedOut).isInstanceOfSatisfying(InvocationResult.Failure.class, failure -> {
            assertThat(failure.error().errorType()).isEqualTo("Sandbox.Timedout");
            assertThat(failure.error().errorMessage()).isEqualTo("Task timed out after 2.00 seconds");
            assertThat(failure.duration()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
        });
        assertThat(ProcessHandle.of(firstPid).filter(ProcessHandle::isAlive)).isEmpty();
        long secondPid = pid(host.invoke(echo.name(), "{}"));
        assertThat(secondPid).isNotEqualTo(firstPid);
        assertThat(host.launches(echo.name())).isEqualTo(2);
    }

    @Test
    void runsConcurrentInvocationsInSeparateJvmsUpToTheFunctionsConcurrency() {
        FunctionDefinition echo =
                echo("echo-concurrent", Duration.ofSeconds(10)).withMaxConcurrency(2);
        host.start(echo).join();

        List<CompletableFuture<InvocationResult>> invocations = List.of(1, 2, 3, 4).stream()
                .map(index -> CompletableFuture.supplyAsync(() -> host.invoke(echo.name(), "{\"sleepMs\":500}")))
                .toList();

        List<Long> pids = invocations.stream()
                .map(CompletableFuture::join)
                .map(FunctionInvocationIT::pid)
                .toList();
        assertThat(Set.copyOf(pids)).as("execution environments used").hasSize(2);
        assertThat(host.launches(echo.name())).isEqualTo(2);
    }

    private static FunctionDefinition echo(String name, Duration timeout) {
        return new FunctionDefinition(
                name,
                "arn:aws:lambda:" + REGION + ":000000000000:function:" + name,
                jar,
                EchoHandler.class.getName(),
                256,
                timeout,
                Map.of("GREETING", "hello from the template"));
    }

    private static long pid(InvocationResult result) {
        assertThat(result).isInstanceOf(InvocationResult.Success.class);
        return json(((InvocationResult.Success) result).payload()).path("pid").asLong();
    }

    private static JsonNode json(String payload) {
        return JsonMapper.shared().readTree(payload);
    }
}

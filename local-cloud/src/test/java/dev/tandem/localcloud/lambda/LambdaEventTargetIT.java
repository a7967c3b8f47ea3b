package dev.tandem.localcloud.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.eventbridge.EventEntry;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import dev.tandem.localcloud.lambda.testfunctions.EchoHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

@ExtendWith(LocalAwsExtension.class)
class LambdaEventTargetIT {

    @TempDir
    Path directory;

    private final List<AsyncInvocationFailure> failures = new CopyOnWriteArrayList<>();
    // Every test of the run shares one local EventBridge: a source of its own keeps other events away.
    private final String source = "tandem.test." + UUID.randomUUID();
    private Path journal;
    private LocalAws aws;
    private FunctionHost host;

    @BeforeEach
    void start(LocalAws localAws, EventBridgeClient events) throws IOException {
        aws = localAws;
        journal = directory.resolve("journal.txt");
        String region = aws.settings().region().id();
        String functionName = "echo-target-" + source.substring(source.length() - 8);
        String functionArn =
                "arn:aws:lambda:" + region + ":" + aws.settings().accountId() + ":function:" + functionName;
        host = new FunctionHost(FunctionHostSettings.of(region, aws.environment()));
        host.start(new FunctionDefinition(
                        functionName,
                        functionArn,
                        TestFunctionJar.buildIn(directory),
                        EchoHandler.class.getName(),
                        256,
                        Duration.ofSeconds(5),
                        Map.of("JOURNAL", journal.toString())))
                .join();
        aws.eventBridge()
                .registerTarget(new LambdaEventTarget(
                        host, new AsyncInvokeConfig(2, Duration.ofMinutes(1), Duration.ofMillis(200)), failures::add));
        String rule = "to-" + functionName;
        events.putRule(request -> request.name(rule).eventPattern("{\"source\":[\"" + source + "\"]}"));
        events.putTargets(request -> request.rule(rule)
                .targets(target -> target.id("echo").arn(functionArn).inputPath("$.detail")));
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void invokesTheFunctionOfARuleTargetWithTheMatchedEvent() {
        publish("{\"hello\":\"bus\"}");

        await().atMost(Duration.ofSeconds(10)).until(() -> invocations() == 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> invocations() == 1);
        assertThat(failures).isEmpty();
    }

    @Test
    void retriesAFailingFunctionThenHandsTheEventToTheOnFailureCallback() throws IOException {
        publish("{\"fail\":true}");

        await().atMost(Duration.ofSeconds(15)).until(() -> !failures.isEmpty());
        assertThat(failures.getFirst().payload()).isEqualTo("{\"fail\":true}");
        assertThat(failures.getFirst().attempts()).isEqualTo(3);
        assertThat(invocations()).isEqualTo(3);
    }

    private void publish(String detail) {
        aws.eventBridge().publish(new EventEntry("default", source, "Test", detail, List.of(), Instant.now()));
    }

    private long invocations() throws IOException {
        return Files.exists(journal) ? Files.readAllLines(journal).size() : 0;
    }
}

package dev.tandem.localcloud.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tandem.localcloud.lambda.environment.FunctionDefinition;
import dev.tandem.localcloud.lambda.environment.FunctionHostSettings;
import dev.tandem.localcloud.lambda.runtime.FunctionInitException;
import dev.tandem.localcloud.lambda.runtime.InvocationResult;
import dev.tandem.localcloud.lambda.testfunctions.FailingConstructorHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitFailureIT {

    @TempDir
    Path directory;

    @Test
    void reportsAFailedInitWithItsStackTraceAndDoesNotRetryItInATightLoop() throws Exception {
        Path journal = directory.resolve("journal.txt");
        FunctionDefinition broken = new FunctionDefinition(
                "broken",
                "arn:aws:lambda:eu-west-1:000000000000:function:broken",
                TestFunctionJar.buildIn(directory),
                FailingConstructorHandler.class.getName(),
                256,
                Duration.ofSeconds(5),
                Map.of("JOURNAL", journal.toString()));
        try (FunctionHost host = new FunctionHost(FunctionHostSettings.of("eu-west-1", Map.of()))) {

            Throwable started = catchThrowable(() -> host.start(broken).join());
            InvocationResult first = host.invoke(broken.name(), "{}");
            InvocationResult second = host.invoke(broken.name(), "{}");

            assertThat(started).isInstanceOf(CompletionException.class);
            assertThat(started.getCause()).isInstanceOfSatisfying(FunctionInitException.class, failure -> {
                assertThat(failure.error().errorMessage()).contains("no configuration: refusing to start");
                assertThat(failure.error().stackTrace())
                        .anyMatch(frame -> frame.contains("FailingConstructorHandler.<init>"));
            });
            for (InvocationResult result : new InvocationResult[] {first, second}) {
                assertThat(result).isInstanceOfSatisfying(InvocationResult.Failure.class, failure -> {
                    assertThat(failure.error().errorMessage())
                            .contains("failed to initialise", "not started again", "refusing to start");
                    assertThat(failure.duration()).isLessThan(Duration.ofSeconds(1));
                });
            }
            assertThat(host.launches(broken.name())).isEqualTo(1);
            assertThat(Files.readAllLines(journal)).hasSize(1);
        }
    }
}

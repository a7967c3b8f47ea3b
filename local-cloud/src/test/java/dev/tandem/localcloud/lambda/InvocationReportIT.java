package dev.tandem.localcloud.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.lambda.environment.FunctionDefinition;
import dev.tandem.localcloud.lambda.environment.FunctionHostSettings;
import dev.tandem.localcloud.lambda.environment.FunctionLogFiles;
import dev.tandem.localcloud.lambda.environment.InvocationReport;
import dev.tandem.localcloud.lambda.testfunctions.EchoHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every invocation leaves Lambda's START, END and REPORT lines in the function's log file, as in its CloudWatch log
 * stream (https://docs.aws.amazon.com/lambda/latest/operatorguide/log-structure.html), with an Init Duration on the
 * cold start only.
 */
class InvocationReportIT {

    private static final String REGION = "eu-west-1";

    @TempDir
    static Path directory;

    private static Path jar;
    private static FunctionHost host;
    private static FunctionLogFiles logFiles;

    @BeforeAll
    static void startHost() throws IOException {
        jar = TestFunctionJar.buildIn(directory);
        host = new FunctionHost(FunctionHostSettings.of(REGION, Map.of("AWS_ACCESS_KEY_ID", "local")));
        logFiles = new FunctionLogFiles(directory.resolve("run").resolve("logs"));
        host.onReport(logFiles);
    }

    @AfterAll
    static void stopHost() {
        host.close();
    }

    @Test
    void writesStartEndAndReportPerInvocationToTheFunctionsLogFileWithInitDurationOnTheColdStartOnly()
            throws IOException {
        FunctionDefinition echo = new FunctionDefinition(
                "echo-reports",
                "arn:aws:lambda:" + REGION + ":000000000000:function:echo-reports",
                jar,
                EchoHandler.class.getName(),
                256,
                Duration.ofSeconds(10),
                Map.of());
        host.start(echo).join();

        String cold = host.invoke(echo.name(), "{}").requestId();
        String warm = host.invoke(echo.name(), "{}").requestId();

        List<String> lines = Files.readAllLines(logFiles.fileOf(echo.name()));
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("START RequestId: " + cold + " Version: $LATEST");
        assertThat(lines.get(1)).isEqualTo("END RequestId: " + cold);
        assertThat(lines.get(2))
                .matches("REPORT RequestId: " + cold + "\tDuration: \\d+\\.\\d\\d ms\tBilled Duration: \\d+ ms"
                        + "\tMemory Size: 256 MB\tMax Memory Used: [1-9]\\d* MB\tInit Duration: \\d+\\.\\d\\d ms\t");
        assertThat(lines.get(3)).isEqualTo("START RequestId: " + warm + " Version: $LATEST");
        assertThat(lines.get(5))
                .matches("REPORT RequestId: " + warm + "\tDuration: \\d+\\.\\d\\d ms\tBilled Duration: \\d+ ms"
                        + "\tMemory Size: 256 MB\tMax Memory Used: [1-9]\\d* MB\t");

        List<InvocationReport> reports = host.reports().stream()
                .filter(report -> report.function().equals(echo.name()))
                .toList();
        assertThat(reports).extracting(InvocationReport::requestId).containsExactly(cold, warm);
        assertThat(reports).extracting(InvocationReport::cold).containsExactly(true, false);
        InvocationReport first = reports.getFirst();
        assertThat(first.billedMs()).as("a cold start bills its init too").isGreaterThanOrEqualTo((long)
                (first.durationMs() + first.initDurationMs().orElseThrow()));
        assertThat(reports.getLast().billedMs())
                .isEqualTo((long) Math.ceil(reports.getLast().durationMs()));
    }
}

package dev.tandem.lab.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionLogsTest {

    private static String report(String id, String duration) {
        return "REPORT RequestId: " + id + "\tDuration: " + duration
                + " ms\tBilled Duration: 10 ms\tMemory Size: 512 MB" + "\tMax Memory Used: 90 MB\n";
    }

    @Test
    void readsOnlyTheReportsWrittenAfterTheMark(@TempDir Path runDirectory) throws Exception {
        Path logs = Files.createDirectories(runDirectory.resolve("logs"));
        Path log = logs.resolve("sandbox-tandem-payment-processor.log");
        Files.writeString(log, "START RequestId: a Version: $LATEST\n" + report("a", "9.00"));
        FunctionLogs functionLogs = new FunctionLogs(runDirectory);

        functionLogs.markNow();
        Files.writeString(log, "END RequestId: b\n" + report("b", "7.50"), StandardOpenOption.APPEND);
        Files.writeString(logs.resolve("sandbox-tandem-image-resizer.log"), report("c", "500.00"));

        assertThat(functionLogs.reportsSinceMark())
                .hasEntrySatisfying("sandbox-tandem-payment-processor", lines -> assertThat(lines)
                        .extracting(ReportLine::requestId)
                        .containsExactly("b"))
                .hasEntrySatisfying("sandbox-tandem-image-resizer", lines -> assertThat(lines)
                        .extracting(ReportLine::durationMs)
                        .containsExactly(500.0));
    }

    @Test
    void keepsTheRunsColdStartsFromBeforeTheMarkAndNothingElseFromThen(@TempDir Path runDirectory) throws Exception {
        Path logs = Files.createDirectories(runDirectory.resolve("logs"));
        Path log = logs.resolve("sandbox-tandem-payment-processor.log");
        String cold = report("cold", "900.00").replace("\n", "\tInit Duration: 1005.58 ms\t\n");
        Files.writeString(log, cold + report("warm-before", "9.00"));
        FunctionLogs functionLogs = new FunctionLogs(runDirectory);

        functionLogs.markNow();
        Files.writeString(log, report("warm-after", "7.50"), StandardOpenOption.APPEND);

        assertThat(functionLogs.reportsSinceMark())
                .hasEntrySatisfying("sandbox-tandem-payment-processor", lines -> assertThat(lines)
                        .extracting(ReportLine::requestId)
                        .containsExactly("cold", "warm-after"));
    }

    @Test
    void findsNothingWhereTheRunHasNoLogs(@TempDir Path runDirectory) {
        FunctionLogs functionLogs = new FunctionLogs(runDirectory);
        functionLogs.markNow();

        assertThat(functionLogs.reportsSinceMark()).isEmpty();
    }
}

package dev.tandem.localcloud.lambda.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The platform lines against the function log that the Lambda Developer Guide's tutorial "Using an Amazon S3 trigger
 * to invoke a Lambda function" (https://docs.aws.amazon.com/lambda/latest/dg/with-s3-example.html) shows: same
 * fields, separators and units.
 */
class InvocationReportTest {

    // Quoted from the page above; its values are AWS's, ours differ.
    private static final String AWS_START = "START RequestId: 12b3cae7-5f4e-415e-93e6-416b8f8b66e6 Version: $LATEST";
    private static final String AWS_END = "END RequestId: 12b3cae7-5f4e-415e-93e6-416b8f8b66e6";
    private static final String AWS_REPORT =
            "REPORT RequestId: 12b3cae7-5f4e-415e-93e6-416b8f8b66e6\tDuration: 976.25 ms"
                    + "\tBilled Duration: 977 ms\tMemory Size: 128 MB\tMax Memory Used: 90 MB\tInit Duration: 430.47 ms";

    private static final String REQUEST_ID = "0f4c6a55-2b1e-4d0a-8d6f-3e9b7c1a2d44";
    private static final Instant NOW = Instant.parse("2026-12-03T18:00:00Z");

    @Test
    void writesTheColdStartReportLineAsTheLambdaDeveloperGuidesS3TriggerTutorialShowsIt() {
        InvocationReport report = InvocationReport.of(
                "image-resizer", REQUEST_ID, Duration.ofNanos(12_345_678), 1024, 87, OptionalDouble.of(456.784), NOW);

        // The guide's page trims the tab that ends every REPORT line Lambda writes.
        assertThat(shape(report.reportLine())).isEqualTo(shape(AWS_REPORT) + "\t");
        assertThat(report.reportLine())
                .isEqualTo("REPORT RequestId: " + REQUEST_ID + "\tDuration: 12.35 ms\tBilled Duration: 470 ms"
                        + "\tMemory Size: 1024 MB\tMax Memory Used: 87 MB\tInit Duration: 456.78 ms\t");
        assertThat(shape(report.startLine())).isEqualTo(shape(AWS_START));
        assertThat(shape(report.endLine())).isEqualTo(shape(AWS_END));
        assertThat(report.cold()).isTrue();
    }

    @Test
    void leavesInitDurationOutOfAWarmStartAndBillsItsDurationRoundedUpToTheMillisecond() {
        InvocationReport report = InvocationReport.of(
                "image-resizer", REQUEST_ID, Duration.ofNanos(12_001_000), 1024, 90, OptionalDouble.empty(), NOW);

        assertThat(report.reportLine())
                .isEqualTo(
                        "REPORT RequestId: " + REQUEST_ID
                                + "\tDuration: 12.00 ms\tBilled Duration: 13 ms\tMemory Size: 1024 MB\tMax Memory Used: 90 MB\t");
        assertThat(report.cold()).isFalse();
        assertThat(report.version()).isEqualTo("$LATEST");
    }

    @Test
    void readsThePeakResidentMemoryInMegabytesRoundedUp() {
        assertThat(PeakMemory.megabytes("VmHWM:\t   89089 kB")).isEqualTo(88);
        assertThat(PeakMemory.megabytes("VmHWM:\t    1024 kB")).isEqualTo(1);
        assertThat(PeakMemory.ofProcess(ProcessHandle.current().pid()).orElse(1))
                .isPositive();
    }

    /** A line with its request id and every number replaced, so that only names, separators and units are left. */
    private static String shape(String line) {
        String withoutId = line.replaceAll("[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}", "<id>");
        return Pattern.compile("\\d+(\\.\\d+)?").matcher(withoutId).replaceAll("<n>");
    }
}

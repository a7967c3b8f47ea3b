package dev.tandem.lab.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportLineTest {

    /** The REPORT line of AWS's Java logging example, https://docs.aws.amazon.com/lambda/latest/dg/java-logging.html. */
    private static final String AWS_SAMPLE =
            "REPORT RequestId: 6bc28136-xmpl-4365-b021-0ce6b2e64ab0\tDuration: 198.50 ms"
                    + "\tBilled Duration: 200 ms\tMemory Size: 512 MB\tMax Memory Used: 90 MB\tInit Duration: 524.75 ms";

    @Test
    void readsTheColdStartReportFromAwsJavaLoggingExample() {
        assertThat(ReportLine.parse(AWS_SAMPLE))
                .contains(new ReportLine(
                        "6bc28136-xmpl-4365-b021-0ce6b2e64ab0", 198.50, 200, 512, 90, Optional.of(524.75)));
        assertThat(ReportLine.parse(AWS_SAMPLE).orElseThrow().cold()).isTrue();
    }

    @Test
    void readsAWarmReportWithoutInitDuration() {
        String warm = "REPORT RequestId: 6bc28136-xmpl-4365-b021-0ce6b2e64ab0\tDuration: 3.16 ms\tBilled Duration: 4 ms"
                + "\tMemory Size: 512 MB\tMax Memory Used: 91 MB\t";

        ReportLine line = ReportLine.parse(warm).orElseThrow();

        assertThat(line.cold()).isFalse();
        assertThat(line.billedDurationMs()).isEqualTo(4);
    }

    @Test
    void countsASnapStartRestoreAsCold() {
        String restored = "REPORT RequestId: 1f2e\tDuration: 40.00 ms\tBilled Duration: 219 ms\tMemory Size: 1024 MB"
                + "\tMax Memory Used: 150 MB\tRestore Duration: 178.52 ms\tBilled Restore Duration: 178 ms";

        assertThat(ReportLine.parse(restored).orElseThrow().initMs()).contains(178.52);
    }

    @Test
    void ignoresStartEndAndTheFunctionsOwnOutput() {
        assertThat(ReportLine.parse("START RequestId: 6bc28136-xmpl-4365-b021-0ce6b2e64ab0 Version: $LATEST"))
                .isEmpty();
        assertThat(ReportLine.parse("END RequestId: 6bc28136-xmpl-4365-b021-0ce6b2e64ab0"))
                .isEmpty();
        assertThat(ReportLine.parse("resized 3 renditions")).isEmpty();
    }
}

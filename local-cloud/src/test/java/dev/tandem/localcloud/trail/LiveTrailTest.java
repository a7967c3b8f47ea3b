package dev.tandem.localcloud.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LiveTrailTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final LiveTrail trail =
            new LiveTrail(new PrintStream(printed, true, StandardCharsets.UTF_8), ZoneOffset.UTC);

    @Test
    void printsTimeCallerActionResourceStatusAndLatency() {
        trail.completed(Calls.getObject());

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo("12:03:04.123  tandem-image-resizer  s3:GetObject              media/uploads/p1/i1"
                        + "           200    12 ms" + System.lineSeparator());
    }

    @Test
    void marksADenial() {
        assertThat(trail.line(Calls.deniedPutObject()))
                .contains("s3:PutObject")
                .contains("media/thumbnails/p1/i1")
                .endsWith("403     3 ms  DENIED");
    }

    @Test
    void showsTheErrorCodeAndHowManyMoreResources() {
        assertThat(trail.line(Calls.transactionOverTwoTables()))
                .contains("table/tandem-catalog (+1)")
                .endsWith("500    40 ms  InternalServerError");
        assertThat(trail.line(Calls.droppedListQueues()))
                .contains("sqs:ListQueues")
                .endsWith("ConnectionDropped");
    }
}

package dev.tandem.localcloud.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChildLogsTest {

    @Test
    void asksEveryChildForReadableText() {
        assertThat(ChildLogs.environment(Map.of())).containsEntry("TANDEM_LOG_FORMAT", "text");
    }

    @Test
    void coloursOnlyATerminalUnlessForcedAndNeverWithNoColor() {
        assertThat(ChildLogs.colour(Map.of(), true)).isTrue();
        assertThat(ChildLogs.colour(Map.of(), false)).as("a file or a CI log").isFalse();
        assertThat(ChildLogs.colour(Map.of("FORCE_COLOR", "1"), false)).isTrue();
        assertThat(ChildLogs.colour(Map.of("CLICOLOR_FORCE", "1"), false)).isTrue();
        assertThat(ChildLogs.colour(Map.of("FORCE_COLOR", "0"), false)).isFalse();
        assertThat(ChildLogs.colour(Map.of("NO_COLOR", "1", "FORCE_COLOR", "1"), true))
                .isFalse();
    }
}

package dev.tandem.catalog.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LogFormatTest {

    @Test
    void switchesTheAwsProfilesJsonToReadableTextWhenLocalCloudAsksForIt() {
        assertThat(LogFormat.overrides(Map.of("TANDEM_LOG_FORMAT", "text")::get, false))
                .containsEntry(LogFormat.STRUCTURED_FORMAT, "");
        assertThat(LogFormat.overrides(Map.of("TANDEM_LOG_FORMAT", "json")::get, false))
                .containsEntry(LogFormat.STRUCTURED_FORMAT, "ecs");
    }

    @Test
    void leavesTheFormatToTheProfileWhenNothingIsAsked() {
        assertThat(LogFormat.overrides(Map.<String, String>of()::get, true)).isEmpty();
    }

    @Test
    void coloursWhenForcedNeverWithNoColorAndNotIntoAPipe() {
        assertThat(LogFormat.overrides(Map.of("FORCE_COLOR", "1")::get, false)).containsEntry(LogFormat.ANSI, "always");
        assertThat(LogFormat.overrides(Map.of("CLICOLOR_FORCE", "1")::get, false))
                .containsEntry(LogFormat.ANSI, "always");
        assertThat(LogFormat.overrides(Map.of("NO_COLOR", "1", "FORCE_COLOR", "1")::get, true))
                .containsEntry(LogFormat.ANSI, "never");
        assertThat(LogFormat.overrides(Map.<String, String>of()::get, false)).containsEntry(LogFormat.ANSI, "never");
    }
}

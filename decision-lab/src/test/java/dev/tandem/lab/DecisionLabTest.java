package dev.tandem.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DecisionLabTest {

    @Test
    void writesTheReportAndTheResultsAsJson(@TempDir Path directory) throws Exception {
        Path report = DecisionLab.write(SampleResults.results(), directory);

        assertThat(report).isEqualTo(directory.resolve("report.html"));
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>");
        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(directory.resolve("results.json").toFile());
        assertThat(json.path("parts").size()).isEqualTo(2);
        assertThat(json.path("parts").get(0).path("breakEven").isNumber()).isTrue();
        assertThat(json.path("pipelines").get(0).path("items").size()).isEqualTo(2);
        try (var charts = Files.list(directory)) {
            assertThat(charts.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".svg")))
                    .hasSize(2)
                    .allMatch(name -> name.matches("cost-[a-z0-9-]+\\.svg"));
        }
    }

    @Test
    void readsItsSettingsFromArgumentsBeforeTheEnvironment() {
        LabSettings settings = LabSettings.fromArguments(
                new String[] {"--token", "t0k", "--budget", "100"},
                Map.of("TANDEM_RUN_DIR", "/tmp/run", "TANDEM_ADMIN_TOKEN", "other"));

        assertThat(settings.adminToken()).isEqualTo("t0k");
        assertThat(settings.runDirectory()).isEqualTo(Path.of("/tmp/run"));
        assertThat(settings.api().toString()).isEqualTo("http://localhost:8080/");
        assertThat(settings.scaled(30)).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void refusesToRunWithoutTheAdminToken() {
        assertThatThrownBy(() -> LabSettings.fromArguments(new String[0], Map.of()))
                .hasMessageContaining("admin token");
    }
}

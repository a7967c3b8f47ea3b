package dev.tandem.catalog.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.catalog.CatalogApi;
import dev.tandem.catalog.CatalogIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the decision lab uses of the service: the constant endpoint it measures against, and the report page. */
class LabPagesIT extends CatalogIntegrationTest {

    private static final Path REPORT = Path.of(REPORT_FILE);

    @AfterEach
    void removeTheReport() throws IOException {
        Files.deleteIfExists(REPORT);
    }

    @Test
    void answersPingWithAConstantAsTheOpenApiDocumentSays() {
        CatalogApi.Response ping = api().get("/api/lab/ping");

        assertThat(ping.status()).isEqualTo(200);
        assertThat(ping.header("Content-Type")).startsWith("text/plain");
        assertThat(ping.body()).isEqualTo("pong");
        assertThat(api().get("/v3/api-docs").json().at("/paths").propertyNames())
                .contains("/api/lab/ping")
                .doesNotContain("/lab.html");
    }

    @Test
    void saysHowToRunTheLabBeforeAnyRun() {
        CatalogApi.Response page = api().get("/lab.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("No lab run yet", "./run-local --lab", "css/tandem.css");
    }

    @Test
    void servesTheLastRunsReportOnceThereIsOne() throws IOException {
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, "<!doctype html><title>Lab run</title><svg></svg>");

        CatalogApi.Response page = api().get("/lab.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.body()).isEqualTo("<!doctype html><title>Lab run</title><svg></svg>");
    }
}

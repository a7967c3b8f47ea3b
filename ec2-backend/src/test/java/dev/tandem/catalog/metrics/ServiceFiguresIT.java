package dev.tandem.catalog.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.catalog.CatalogApi;
import dev.tandem.catalog.CatalogIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The figures the decision lab reads from the service's own metrics: requests and their latency histogram per
 * endpoint, the process's CPU time (divided by requests: CPU per request) and its resident memory.
 */
class ServiceFiguresIT extends CatalogIntegrationTest {

    @Test
    void publishesALatencyHistogramPerEndpointCpuTimeAndResidentMemory() {
        CatalogApi api = api();
        String product = api.createProduct(700, "EUR", 3).at("/id").asString();
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/products/" + product).status()).isEqualTo(200);
        }

        String scrape = api.get("/actuator/prometheus").body();

        assertThat(scrape.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("http_server_requests_seconds_bucket{")
                .contains("method=\"GET\"", "uri=\"/api/products/{id}\"", "le=\""));
        assertThat(scrape.lines()).anySatisfy(line -> assertThat(line).startsWith("process_cpu_time_ns_total"));
        assertThat(scrape.lines()).anySatisfy(line -> assertThat(line).startsWith("process_memory_rss_bytes"));
    }

    @Test
    void showsOneMeterAtATimeForAPerson() {
        CatalogApi.Response rss = api().get("/actuator/metrics/process.memory.rss");

        assertThat(rss.status()).isEqualTo(200);
        assertThat(rss.json().at("/baseUnit").asString()).isEqualTo("bytes");
        assertThat(rss.json().at("/measurements/0/value").asDouble()).isPositive();
    }
}

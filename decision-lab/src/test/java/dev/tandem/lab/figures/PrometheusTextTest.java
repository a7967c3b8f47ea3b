package dev.tandem.lab.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Against a scrape of the service's /actuator/prometheus taken after a lab run on local-cloud, trimmed
 * to the metrics the lab reads.
 */
class PrometheusTextTest {

    private static String sample() throws IOException {
        try (InputStream in = PrometheusTextTest.class.getResourceAsStream("/prometheus-sample.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sumsOneRoutesRequestsAndTheirTime() throws IOException {
        PrometheusText text = PrometheusText.parse(sample());

        assertThat(text.sum("http_server_requests_seconds_count", l -> "/api/products/{id}".equals(l.get("uri"))))
                .contains(2811.0);
        assertThat(text.sum("http_server_requests_seconds_sum", l -> "/api/orders".equals(l.get("uri"))))
                .contains(1022.005791687);
    }

    @Test
    void readsLabelsWithEscapedQuotesAndCommas() {
        PrometheusText text = PrometheusText.parse("m{a=\"x,\\\"y\\\"\",b=\"\"} 2.5e3\n");

        assertThat(text.samples().getFirst().labels())
                .containsEntry("a", "x,\"y\"")
                .containsEntry("b", "");
        assertThat(text.samples().getFirst().value()).isEqualTo(2500.0);
    }

    @Test
    void turnsTwoScrapesIntoCpuPerRequest() throws IOException {
        PrometheusText before = PrometheusText.parse("""
                http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/api/products/{id}"} 200
                http_server_requests_seconds_sum{method="GET",outcome="SUCCESS",status="200",uri="/api/products/{id}"} 0.4
                process_cpu_time_ns_total 3.0E10
                """);
        PrometheusText after = PrometheusText.parse(sample());

        ServiceFigures figures = ServiceFigures.between(before, after);

        // The sample holds 9,859 requests over ten routes and 7.042E10 ns of CPU: 9,659 more, 40.42 s more.
        assertThat(figures.requests()).isEqualTo(9659.0);
        assertThat(figures.cpuMsPerRequest())
                .hasValueSatisfying(ms -> assertThat(ms).isCloseTo(40_420.0 / 9659, within(1e-6)));
        assertThat(figures.residentMb()).isEmpty();
    }
}

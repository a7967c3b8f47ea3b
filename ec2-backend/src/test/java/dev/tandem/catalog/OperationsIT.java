package dev.tandem.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What operators rely on: health, metrics, the API description, and correlation ids in logs. */
@ExtendWith(OutputCaptureExtension.class)
class OperationsIT extends CatalogIntegrationTest {

    @Test
    void isReadyWhenDynamoDbAndTheInboxQueueAnswer() {
        CatalogApi.Response readiness = api().get("/actuator/health/readiness");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().at("/status").asString()).isEqualTo("UP");
        assertThat(readiness.json().at("/components/dynamoDb/status").asString())
                .isEqualTo("UP");
        assertThat(readiness.json().at("/components/inboxQueue/status").asString())
                .isEqualTo("UP");
    }

    @Test
    void exposesPrometheusMetrics() {
        api().get("/api/products?limit=1");

        CatalogApi.Response metrics = api().get("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count")
                .contains("jvm_threads_live");
    }

    @Test
    void describesEveryEndpointInTheOpenApiDocument() {
        CatalogApi.Response document = api().get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().at("/paths").propertyNames())
                .contains(
                        "/api/products",
                        "/api/products/{id}",
                        "/api/products/{productId}/images",
                        "/api/products/{productId}/images/{imageId}",
                        "/api/orders",
                        "/api/orders/{orderId}",
                        "/api/products/{id}/recommendations",
                        "/api/recommendations/model");
        assertThat(document.json().at("/paths/~1api~1products/post/security").toString())
                .contains("adminToken");
        assertThat(api().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void echoesTheCallersCorrelationIdAndLogsEveryLineOfTheRequestWithIt(CapturedOutput output) {
        String correlationId = "it-" + UUID.randomUUID();

        CatalogApi.Response created = api().sendJson(
                        "POST",
                        "/api/products",
                        Map.of(
                                "sku",
                                "CORR-" + UUID.randomUUID(),
                                "name",
                                "Traced mug",
                                "priceCents",
                                100,
                                "currency",
                                "EUR",
                                "stock",
                                1),
                        "Authorization",
                        "Bearer " + CatalogApi.ADMIN_TOKEN,
                        "X-Correlation-Id",
                        correlationId);

        assertThat(created.header("X-Correlation-Id")).isEqualTo(correlationId);
        assertThat(output.getOut().lines().filter(line -> line.contains("Created product")))
                .anySatisfy(line -> assertThat(line).contains("[" + correlationId + "]"));
    }

    @Test
    void givesARequestWithoutACorrelationIdANewOne() {
        String first = api().get("/api/products?limit=1").header("X-Correlation-Id");
        String second = api().get("/api/products?limit=1").header("X-Correlation-Id");

        assertThat(first).isNotBlank().isNotEqualTo(second);
    }
}

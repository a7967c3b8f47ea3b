package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DynamoDB throttles the service's {@code TransactWriteItems}, the one write that places an order. The client is
 * told to come back later (503 with {@code Retry-After} and a problem+json), never a 500, and since the
 * transaction is all or nothing, the stock is exactly what it was; once DynamoDB takes writes again, so does the
 * shop.
 */
@Drill
class OrderThrottlingDrillIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI serviceUri;
    private final HttpClient http = HttpClient.newHttpClient();

    @AutoClose
    private final DrillScene scene;

    OrderThrottlingDrillIT(RunningTandem tandem) {
        this.serviceUri = tandem.serviceUri();
        this.scene = new DrillScene(tandem);
    }

    @Test
    void aThrottledOrderIsRefusedWithRetryAfterAndLeavesStockExact() {
        String productId = scene.shop().createProduct(5);
        scene.faults().inject("""
                {"service":"dynamodb","action":"TransactWriteItems","principal":"*InstanceRole*",\
                "error":"ProvisionedThroughputExceededException","for":"60s"}""");

        Instant asked = Instant.now();
        HttpResponse<String> refused = placeOrder(productId);
        Duration answeredIn = Duration.between(asked, Instant.now());

        assertThat(refused.statusCode()).isIn(429, 503);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("status").asInt()).isEqualTo(refused.statusCode());
        assertThat(problem.path("type").asString()).startsWith("https://tandem.dev/problems/");
        assertThat(scene.shop().stock(productId))
                .as("nothing reserved by a throttled order")
                .isEqualTo(5);
        int throttled = scene.faults().fired();

        scene.faults().close();
        assertThat(placeOrder(productId).statusCode()).isEqualTo(201);
        assertThat(scene.shop().stock(productId)).isEqualTo(4);
        new DrillFigures("DynamoDB throttles TransactWriteItems")
                .put(
                        "answer",
                        refused.statusCode() + " " + problem.path("title").asString() + ", Retry-After "
                                + refused.headers().firstValue("Retry-After").orElseThrow() + " s")
                .put("throttled attempts (the SDK retries)", throttled)
                .put("time to answer the client", answeredIn)
                .put("stock after the refusal", "5 of 5 (exact)")
                .print();
    }

    private HttpResponse<String> placeOrder(String productId) {
        HttpRequest request = HttpRequest.newBuilder(serviceUri.resolve("/api/orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Shop.orderBody(productId, 1, "tok_visa")))
                .build();
        return Http.send(http, request, HttpResponse.BodyHandlers.ofString());
    }
}

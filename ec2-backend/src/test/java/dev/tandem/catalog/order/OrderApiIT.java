package dev.tandem.catalog.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.catalog.CatalogApi;
import dev.tandem.catalog.CatalogIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderApiIT extends CatalogIntegrationTest {

    @Test
    void placesAnOrderAndReservesItsStock() {
        String mug = api().createProduct(1250, "EUR", 10).at("/id").asString();
        String teapot = api().createProduct(3999, "EUR", 2).at("/id").asString();

        CatalogApi.Response placed = api().sendJson("POST", "/api/orders", order(Map.of(mug, 3, teapot, 1)));

        assertThat(placed.status()).isEqualTo(201);
        String orderId = placed.json().at("/orderId").asString();
        assertThat(placed.header("Location")).isEqualTo("/api/orders/" + orderId);
        assertThat(placed.json().at("/status").asString()).isEqualTo("PENDING_PAYMENT");
        assertThat(placed.json().at("/totalCents").asLong()).isEqualTo(3 * 1250 + 3999);
        assertThat(placed.json().at("/currency").asString()).isEqualTo("EUR");
        assertThat(placed.json().at("/items").toString())
                .contains("\"productId\":\"" + mug + "\",\"quantity\":3,\"unitPriceCents\":1250");
        assertThat(placed.json().at("/createdAt").isString()).isTrue();
        assertThat(stockOf(mug)).isEqualTo(7);
        assertThat(stockOf(teapot)).isEqualTo(1);

        CatalogApi.Response read = api().get("/api/orders/" + orderId);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().at("/status").asString()).isEqualTo("PENDING_PAYMENT");
        assertThat(read.json().at("/failureReason").isNull()).isTrue();
    }

    @Test
    void reservesNothingWhenOneLineIsShortAndNamesThatProduct() {
        String plenty = api().createProduct(100, "EUR", 5).at("/id").asString();
        String scarce = api().createProduct(100, "EUR", 1).at("/id").asString();

        CatalogApi.Response refused = api().sendJson("POST", "/api/orders", order(Map.of(plenty, 2, scarce, 2)));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().at("/type").asString()).endsWith("/out-of-stock");
        assertThat(refused.json().at("/productIds").toString()).contains(scarce).doesNotContain(plenty);
        assertThat(refused.json().at("/detail").asString()).contains(scarce);
        assertThat(stockOf(plenty)).isEqualTo(5);
        assertThat(stockOf(scarce)).isEqualTo(1);
    }

    @Test
    void refusesAnOrderForAnUnknownProductWith422() {
        String unknown = UUID.randomUUID().toString();

        CatalogApi.Response refused = api().sendJson("POST", "/api/orders", order(Map.of(unknown, 1)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/type").asString()).endsWith("/unknown-product");
        assertThat(refused.json().at("/detail").asString()).contains(unknown);
    }

    /** A malformed id names no product, like a well-formed one that was never issued: not a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"not-an-id", "B5B2E5C4-3F0A-4B7E-9C61-2F0D8A4E1A77", "../products"})
    void refusesAnOrderWhoseOnlyProductIdIsMalformedAsAnUnknownProduct(String malformed) {
        CatalogApi.Response refused = api().sendJson("POST", "/api/orders", order(Map.of(malformed, 1)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.json().at("/type").asString()).endsWith("/unknown-product");
        assertThat(refused.json().at("/productIds/0").asString()).isEqualTo(malformed);
    }

    @Test
    void refusesAnOrderThatMixesCurrenciesWith422() {
        String euros = api().createProduct(100, "EUR", 5).at("/id").asString();
        String dollars = api().createProduct(100, "USD", 5).at("/id").asString();

        CatalogApi.Response refused = api().sendJson("POST", "/api/orders", order(Map.of(euros, 1, dollars, 1)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/type").asString()).endsWith("/mixed-currencies");
        assertThat(stockOf(euros)).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void refusesAQuantityOutsideOneToOneHundredWith400(int quantity) {
        String product = api().createProduct(100, "EUR", 500).at("/id").asString();

        CatalogApi.Response refused = api().sendJson("POST", "/api/orders", order(Map.of(product, quantity)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("items[0].quantity");
        assertThat(stockOf(product)).isEqualTo(500);
    }

    @Test
    void returnsTheSameOrderForARetryWithTheSameIdempotencyKey() {
        String product = api().createProduct(100, "EUR", 10).at("/id").asString();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = order(Map.of(product, 2));

        CatalogApi.Response first = api().sendJson("POST", "/api/orders", body, "Idempotency-Key", key);
        CatalogApi.Response retry = api().sendJson("POST", "/api/orders", body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(stockOf(product)).isEqualTo(8);
    }

    @Test
    void refusesTheSameIdempotencyKeyForADifferentRequestWith422() {
        String product = api().createProduct(100, "EUR", 10).at("/id").asString();
        String key = UUID.randomUUID().toString();
        api().sendJson("POST", "/api/orders", order(Map.of(product, 2)), "Idempotency-Key", key);

        CatalogApi.Response reused =
                api().sendJson("POST", "/api/orders", order(Map.of(product, 3)), "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().at("/type").asString()).endsWith("/idempotency-key-reused");
        assertThat(stockOf(product)).isEqualTo(8);
    }

    @Test
    void createsOneOrderForConcurrentRetriesWithTheSameKey() throws Exception {
        String product = api().createProduct(100, "EUR", 50).at("/id").asString();
        String key = UUID.randomUUID().toString();
        Callable<CatalogApi.Response> attempt =
                () -> api().sendJson("POST", "/api/orders", order(Map.of(product, 1)), "Idempotency-Key", key);

        List<CatalogApi.Response> responses;
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<CatalogApi.Response>> futures = IntStream.range(0, 10)
                    .mapToObj(i -> clients.submit(attempt))
                    .toList();
            responses = futures.stream().map(OrderApiIT::get).toList();
        }

        assertThat(responses)
                .extracting(CatalogApi.Response::status)
                .containsOnly(200, 201)
                .containsOnlyOnce(201);
        assertThat(responses)
                .extracting(response -> response.json().at("/orderId").asString())
                .containsOnly(responses.getFirst().json().at("/orderId").asString());
        assertThat(stockOf(product)).isEqualTo(49);
    }

    @Test
    void answers404ForAnUnknownOrder() {
        assertThat(api().get("/api/orders/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api().get("/api/orders/nonsense").status()).isEqualTo(404);
    }

    private int stockOf(String productId) {
        return api().get("/api/products/" + productId).json().at("/stock").asInt();
    }

    static Map<String, Object> order(Map<String, Integer> quantities) {
        List<Map<String, Object>> items = quantities.entrySet().stream()
                .map(line -> Map.<String, Object>of("productId", line.getKey(), "quantity", line.getValue()))
                .toList();
        return Map.of("items", items, "paymentToken", "tok_visa", "customerEmail", "ada@example.com");
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shopper's and the admin's journeys through the public API, as the scenarios need them. */
final class Shop {

    static final Duration SETTLE = Duration.ofSeconds(90);
    static final Set<String> TERMINAL = Set.of("PAID", "PAYMENT_FAILED");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TandemApi api;
    private final URI serviceUri;
    private final HttpClient http = HttpClient.newHttpClient();

    Shop(RunningTandem tandem) {
        this.api = tandem.api();
        this.serviceUri = tandem.serviceUri();
    }

    String createProduct(int stock) {
        TandemApi.Response created = api.postAsAdmin("/api/products", """
                {"sku":"E2E-%s","name":"Mug","description":"Stoneware","priceCents":1250,"currency":"EUR",\
                "stock":%d}""".formatted(UUID.randomUUID(), stock));
        assertThat(created.status()).as("create product: %s", created.body()).isEqualTo(201);
        return created.body().path("id").asString();
    }

    int stock(String productId) {
        return api.get("/api/products/" + productId).body().path("stock").asInt();
    }

    static String orderBody(String productId, int quantity, String paymentToken) {
        return """
                {"items":[{"productId":"%s","quantity":%d}],"paymentToken":"%s","customerEmail":"e2e@example.com"}""".formatted(productId, quantity, paymentToken);
    }

    TandemApi.Response order(String productId, int quantity, String paymentToken) {
        return api.post("/api/orders", orderBody(productId, quantity, paymentToken));
    }

    /** Places an order with an {@code Idempotency-Key}, which {@link TandemApi} cannot send. */
    TandemApi.Response order(String body, String idempotencyKey) {
        HttpRequest request = HttpRequest.newBuilder(serviceUri.resolve("/api/orders"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
        return new TandemApi.Response(response.statusCode(), JSON.readTree(response.body()));
    }

    String placeOrder(String productId, int quantity, String paymentToken) {
        TandemApi.Response placed = order(productId, quantity, paymentToken);
        assertThat(placed.status()).as("place order: %s", placed.body()).isEqualTo(201);
        assertThat(placed.body().path("status").asString()).isEqualTo("PENDING_PAYMENT");
        return placed.body().path("orderId").asString();
    }

    /** Places an order of several products at once, each with its quantity; the order's id. */
    String placeOrder(Map<String, Integer> quantities, String paymentToken) {
        String items = quantities.entrySet().stream()
                .map(line -> "{\"productId\":\"%s\",\"quantity\":%d}".formatted(line.getKey(), line.getValue()))
                .collect(Collectors.joining(","));
        TandemApi.Response placed = api.post("/api/orders", """
                {"items":[%s],"paymentToken":"%s","customerEmail":"e2e@example.com"}""".formatted(items, paymentToken));
        assertThat(placed.status()).as("place order: %s", placed.body()).isEqualTo(201);
        return placed.body().path("orderId").asString();
    }

    JsonNode orderStatus(String orderId) {
        return api.get("/api/orders/" + orderId).body();
    }

    JsonNode settled(String orderId) {
        return await().atMost(SETTLE)
                .until(
                        () -> orderStatus(orderId),
                        json -> TERMINAL.contains(json.path("status").asString()));
    }

    /** Asks for a presigned upload, PUTs the bytes and returns the image's API path. */
    String uploadImage(String productId, String contentType, byte[] bytes) {
        TandemApi.Response upload = api.postAsAdmin(
                "/api/products/" + productId + "/images",
                "{\"contentType\":\"%s\",\"contentLength\":%d}".formatted(contentType, bytes.length));
        assertThat(upload.status()).as("image upload: %s", upload.body()).isEqualTo(201);
        assertThat(api.upload(upload.body().path("upload"), bytes)).isEqualTo(200);
        return "/api/products/" + productId + "/images/"
                + upload.body().path("imageId").asString();
    }

    JsonNode settledImage(String imagePath) {
        return await().atMost(SETTLE).until(() -> api.get(imagePath).body(), json -> !json.path("status")
                .asString()
                .equals("PENDING"));
    }

    /** GETs a presigned rendition URL: the bytes and the content type S3 answers with. */
    HttpResponse<byte[]> download(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return Http.send(http, request, handler);
    }
}

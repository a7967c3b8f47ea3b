package dev.tandem.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.catalog.CatalogApi;
import dev.tandem.catalog.CatalogIntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a client sends, the answer is a 4xx problem document, never a 500. */
class RequestValidationIT extends CatalogIntegrationTest {

    private static final String VALID_ORDER =
            "{\"items\":[{\"productId\":\"p\",\"quantity\":1}],\"paymentToken\":\"tok_visa\",\"customerEmail\":\"a@example.com\"}";

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded", "image/png"})
    void refusesABodyThatIsNotJsonWith415(String contentType) {
        CatalogApi.Response response = api().send("POST", "/api/orders", VALID_ORDER, "Content-Type", contentType);

        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void refusesABodyWithoutAContentTypeWith415() {
        CatalogApi.Response response = api().send(api().request("/api/orders")
                .POST(HttpRequest.BodyPublishers.ofString(VALID_ORDER))
                .build());

        assertProblem(response, 415, "unsupported-media-type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"items\": [", "not json", "{\"items\": [}]}", "{'single': 'quotes'}"})
    void refusesMalformedJsonWith400(String body) {
        CatalogApi.Response response = api().send("POST", "/api/orders", body, "Content-Type", CatalogApi.JSON);

        assertProblem(response, 400, "malformed-json");
    }

    @Test
    void refusesAnEmptyBodyWith400() {
        CatalogApi.Response response = api().send("POST", "/api/orders", "", "Content-Type", CatalogApi.JSON);

        assertProblem(response, 400, "malformed-json");
    }

    @Test
    void namesAFieldOfTheWrongType() {
        CatalogApi.Response response = api().send(
                        "POST",
                        "/api/orders",
                        "{\"items\":[{\"productId\":\"p\",\"quantity\":1.5}],\"paymentToken\":\"t\",\"customerEmail\":\"a@b.co\"}",
                        "Content-Type",
                        CatalogApi.JSON);

        assertProblem(response, 400, "invalid-request");
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("items[0].quantity");
        assertThat(response.body()).doesNotContain("dev.tandem");
    }

    @Test
    void refusesABodyOverOneMebibyteWith413() {
        String huge = jsonOfSize(RequestBodyLimitFilter.MAX_BODY_BYTES + 1);

        CatalogApi.Response response = api().send("POST", "/api/orders", huge, "Content-Type", CatalogApi.JSON);

        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void refusesAChunkedBodyOverOneMebibyteWith413() {
        byte[] huge = jsonOfSize(RequestBodyLimitFilter.MAX_BODY_BYTES + 1).getBytes(StandardCharsets.UTF_8);

        // A body from a stream has no declared length: HttpClient sends it chunked.
        CatalogApi.Response response = api().send(api().request("/api/orders", "Content-Type", CatalogApi.JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build());

        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void acceptsABodyJustUnderTheLimit() {
        String large = jsonOfSize(RequestBodyLimitFilter.MAX_BODY_BYTES - 10);

        CatalogApi.Response response = api().send("POST", "/api/orders", large, "Content-Type", CatalogApi.JSON);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/type").asString()).isEqualTo("https://tandem.dev/problems/invalid-request");
    }

    @Test
    void answersUnknownPathsAndMethodsWithProblems() {
        assertProblem(api().get("/api/nothing-here"), 404, "not-found");
        assertProblem(api().send("DELETE", "/api/products", ""), 405, "method-not-allowed");
    }

    @Test
    void refusesAnInvalidIdempotencyKey() {
        CatalogApi.Response response = api().sendJson(
                        "POST", "/api/orders", Map.of("items", List.of()), "Idempotency-Key", "has spaces in it");

        assertProblem(response, 400, "invalid-request");
    }

    /** A valid JSON object of exactly {@code size} bytes, too big for any field's validation to pass. */
    private static String jsonOfSize(long size) {
        String prefix = "{\"paymentToken\":\"";
        String suffix = "\"}";
        return prefix + "x".repeat((int) size - prefix.length() - suffix.length()) + suffix;
    }

    private static void assertProblem(CatalogApi.Response response, int status, String type) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/type").asString()).isEqualTo("https://tandem.dev/problems/" + type);
        assertThat(response.json().at("/status").asInt()).isEqualTo(status);
    }
}

package dev.tandem.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's REST API as a client sees it: plain HTTP over loopback with {@link HttpClient}, so
 * the tests exercise the real server, filters and message converters, exactly as curl would.
 */
public final class CatalogApi {

    public static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef";
    public static final String JSON = "application/json";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /**
     * Generous, because connecting is not what these tests measure: 200 orders at once can overflow Tomcat's
     * accept queue on a busy machine, and the kernel then retries a connection after 1, 3 and 7 s.
     */
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private final int port;
    private final URI base;

    public CatalogApi(int port) {
        this.port = port;
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /** A response; {@code json} is the parsed body, or a missing node when the body is not JSON. */
    public record Response(int status, HttpHeaders headers, String body, JsonNode json) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public Response send(String method, String path, String body, String... headers) {
        return send(request(path, headers)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public Response sendJson(String method, String path, Object body, String... headers) {
        String[] withType = concat(headers, "Content-Type", JSON);
        return send(method, path, toJson(body), withType);
    }

    public Response asAdmin(String method, String path, Object body) {
        return sendJson(method, path, body, "Authorization", "Bearer " + ADMIN_TOKEN);
    }

    /** Sends the request; an answer that the service's OpenAPI document does not allow fails the test. */
    public Response send(HttpRequest request) {
        HttpResponse<String> response = exchange(request);
        ApiContract.check(
                port, () -> exchange(request("/v3/api-docs").GET().build()).body(), request, response);
        return new Response(response.statusCode(), response.headers(), response.body(), parse(response.body()));
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /** Creates a product (as the admin) with a fresh SKU; returns its JSON. */
    public JsonNode createProduct(long priceCents, String currency, int stock) {
        Response created = asAdmin(
                "POST",
                "/api/products",
                Map.of(
                        "sku",
                        "SKU-" + UUID.randomUUID(),
                        "name",
                        "Stoneware mug",
                        "description",
                        "Holds 350 ml",
                        "priceCents",
                        priceCents,
                        "currency",
                        currency,
                        "stock",
                        stock));
        if (created.status() != 201) {
            throw new IllegalStateException("could not create a product: " + created.status() + " " + created.body());
        }
        return created.json();
    }

    /** {@code value} as JSON, as the tests' bodies are written. */
    public static String toJson(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    private static JsonNode parse(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (RuntimeException notJson) {
            return MAPPER.missingNode();
        }
    }

    private static String[] concat(String[] headers, String name, String value) {
        String[] result = Arrays.copyOf(headers, headers.length + 2);
        result[headers.length] = name;
        result[headers.length + 1] = value;
        return result;
    }
}

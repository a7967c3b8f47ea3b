package dev.tandem.localcloud.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few calls the demo tour and the shop's seed make to Tandem's REST API and to a presigned S3 URL, as any client
 * of the shop would make them. Safe to use from many threads at once.
 */
final class ShopClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    /** No call the seed or the tour makes should take long; a hung one fails instead of holding up the start. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** The service's answer to contention ({@code busy}) or to AWS throttling it, both meant to be retried. */
    private static final int RETRY_LATER = 503;

    private static final int MAX_ATTEMPTS = 8;

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI baseUri;
    private final String adminToken;

    ShopClient(URI baseUri, String adminToken) {
        this.baseUri = baseUri;
        this.adminToken = adminToken;
    }

    JsonNode post(String path, boolean admin, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (admin) {
            request.header("Authorization", "Bearer " + adminToken);
        }
        return send(request.build(), 201);
    }

    /**
     * POSTs {@code json} with an {@code Idempotency-Key}, and again with the same key while the service answers 503
     * (a client that retries must send the key, or a retry after a lost answer could place a second order). The
     * first attempt answers 201, a retry whose first attempt did land 200: either way the one resource it made.
     */
    JsonNode postIdempotently(String path, String json, String idempotencyKey) {
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = exchange(request);
            if (response.statusCode() == 201 || response.statusCode() == 200) {
                return JSON.readTree(response.body());
            }
            if (response.statusCode() != RETRY_LATER || attempt == MAX_ATTEMPTS) {
                throw refused(request, response);
            }
            pause(Duration.ofMillis(100L * attempt));
        }
    }

    JsonNode get(String path) {
        return send(
                HttpRequest.newBuilder(baseUri.resolve(path))
                        .timeout(REQUEST_TIMEOUT)
                        .GET()
                        .build(),
                200);
    }

    /** PUTs {@code bytes} to a presigned URL, with the headers the service said to send. */
    JsonNode upload(JsonNode upload, byte[] bytes) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(upload.path("url").asString()))
                .timeout(REQUEST_TIMEOUT)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        upload.path("headers").properties().forEach(h -> {
            if (!h.getKey().equalsIgnoreCase("content-length") && !h.getKey().equalsIgnoreCase("host")) {
                request.header(h.getKey(), h.getValue().asString());
            }
        });
        HttpResponse<String> response = exchange(request.build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("S3 refused the upload: " + response.statusCode() + " " + response.body());
        }
        return JSON.createObjectNode();
    }

    /** GETs {@code path} until {@code done} holds, or fails at the deadline. */
    JsonNode pollUntil(String path, Predicate<JsonNode> done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            JsonNode json = get(path);
            if (done.test(json)) {
                return json;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(path + " did not settle within " + timeout.toSeconds() + " s: " + json);
            }
            pause(POLL_INTERVAL);
        }
    }

    private JsonNode send(HttpRequest request, int expectedStatus) {
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != expectedStatus) {
            throw refused(request, response);
        }
        return JSON.readTree(response.body());
    }

    private static IllegalStateException refused(HttpRequest request, HttpResponse<String> response) {
        return new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                + response.statusCode() + ": " + response.body());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

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

/** The few calls the demo tour makes to Tandem's REST API and to a presigned S3 URL. */
final class DemoClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI baseUri;
    private final String adminToken;

    DemoClient(URI baseUri, String adminToken) {
        this.baseUri = baseUri;
        this.adminToken = adminToken;
    }

    JsonNode post(String path, boolean admin, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (admin) {
            request.header("Authorization", "Bearer " + adminToken);
        }
        return send(request.build(), 201);
    }

    /** PUTs {@code bytes} to a presigned URL, with the headers the service said to send. */
    JsonNode upload(JsonNode upload, byte[] bytes) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(upload.path("url").asString()))
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
        HttpRequest request =
                HttpRequest.newBuilder(baseUri.resolve(path)).GET().build();
        while (true) {
            JsonNode json = send(request, 200);
            if (done.test(json)) {
                return json;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(path + " did not settle within " + timeout.toSeconds() + " s: " + json);
            }
            try {
                Thread.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private JsonNode send(HttpRequest request, int expectedStatus) {
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(request.method() + " "
                    + request.uri().getPath() + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
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
}

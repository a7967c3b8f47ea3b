package dev.tandem.lab.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shop's public REST API, called as any client would: products, images through presigned S3
 * URLs, orders. The admin's bearer token is sent only where the API asks for it (creating products
 * and images).
 */
public final class ShopApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;
    private final String adminToken;

    public ShopApi(URI base, String adminToken) {
        this.base = base;
        this.adminToken = adminToken;
    }

    /** GETs {@code path} and answers the status, reading and dropping the body. */
    public int get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** GETs {@code path} and answers its body as text; fails on any status but 200. */
    public String text(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** GETs {@code path} as JSON; fails on any status but 200. */
    public JsonNode json(String path) throws IOException, InterruptedException {
        return JSON.readTree(text(path));
    }

    /** POSTs {@code json}; answers the status and the body (as JSON where there is one). */
    public Answer post(String path, String json, boolean admin) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (admin) {
            request.header("Authorization", "Bearer " + adminToken);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        return new Answer(response.statusCode(), body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body));
    }

    /** PUTs {@code bytes} to the presigned URL in {@code upload}, with the headers it lists. */
    public int put(JsonNode upload, byte[] bytes) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(upload.path("url").asString()))
                .timeout(TIMEOUT)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        upload.path("headers").properties().forEach(h -> {
            String name = h.getKey();
            // The client sets these itself and refuses to be told them.
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("host")) {
                request.header(name, h.getValue().asString());
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** An HTTP status and a JSON body. */
    public record Answer(int status, JsonNode body) {}

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
    }
}

package dev.tandem.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tandem's public REST API as a black box: JSON in, status and JSON out. */
final class TandemApi {

    record Response(int status, JsonNode body) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI baseUri;
    private final String adminToken;

    TandemApi(URI baseUri, String adminToken) {
        this.baseUri = baseUri;
        this.adminToken = adminToken;
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(baseUri.resolve(path)).GET());
    }

    Response post(String path, String json) {
        return send(jsonPost(path, json));
    }

    Response postAsAdmin(String path, String json) {
        return send(jsonPost(path, json).header("Authorization", "Bearer " + adminToken));
    }

    /** PUTs bytes to a presigned upload, with the headers the service said to send. */
    int upload(JsonNode upload, byte[] bytes) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(upload.path("url").asString()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        upload.path("headers").properties().stream()
                .filter(h -> !h.getKey().equalsIgnoreCase("content-length")
                        && !h.getKey().equalsIgnoreCase("host"))
                .forEach(h -> request.header(h.getKey(), h.getValue().asString()));
        return exchange(request.build()).statusCode();
    }

    private HttpRequest.Builder jsonPost(String path, String json) {
        return HttpRequest.newBuilder(baseUri.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private Response send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request.build());
        JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        return new Response(response.statusCode(), body);
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        return Http.send(http, request, HttpResponse.BodyHandlers.ofString());
    }
}

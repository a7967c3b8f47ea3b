package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * local-cloud's fault injection as a drill uses it: rules posted to the edge's {@code /_tandem/faults} control
 * endpoint, the same JSON a user would send with curl, and cleared again when the drill ends.
 */
final class Faults implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI control;

    private Faults(URI edge) {
        this.control = edge.resolve("/_tandem/faults");
    }

    static Faults on(RunningTandem tandem) {
        return new Faults(tandem.aws().endpoints().orElseThrow().endpoint());
    }

    /** Adds one rule, e.g. {@code {"service":"s3","action":"GetObject","error":"InternalError","times":2}}. */
    void inject(String ruleJson) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(control)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"faults\":[" + ruleJson + "]}"))
                .build());
        assertThat(response.statusCode())
                .as("adding a fault: %s", response.body())
                .isEqualTo(201);
    }

    /** How many calls the active rules have failed, delayed or dropped so far. */
    int fired() {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(control).GET().build());
        assertThat(response.statusCode())
                .as("listing faults: %s", response.body())
                .isEqualTo(200);
        int fired = 0;
        for (JsonNode rule : JSON.readTree(response.body()).path("faults")) {
            fired += rule.path("fired").asInt();
        }
        return fired;
    }

    /** Removes every rule. */
    @Override
    public void close() {
        send(HttpRequest.newBuilder(control).DELETE().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return Http.send(http, request, HttpResponse.BodyHandlers.ofString());
    }
}

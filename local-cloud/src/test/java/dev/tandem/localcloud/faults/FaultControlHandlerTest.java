package dev.tandem.localcloud.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.iam.policy.Principal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The control endpoint, in a real Jetty server on a free loopback port, driven by the JDK's HTTP client. */
class FaultControlHandlerTest {

    private static final Principal ADMINISTRATOR =
            new Principal(Principal.Kind.ADMINISTRATOR, "arn:aws:iam::000000000000:root", "administrator");

    private final FaultPlan plan = new FaultPlan();
    private final HttpClient http = HttpClient.newHttpClient();
    private Server server;
    private URI faults;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new FaultControlHandler(plan));
        server.start();
        faults = URI.create("http://127.0.0.1:" + connector.getLocalPort() + FaultControlHandler.PATH);
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
        http.close();
    }

    @Test
    void addsRulesAndAnswersThemWithTheirIds() throws Exception {
        HttpResponse<String> response = post("""
                {"faults":[{"service":"events","action":"PutEvents","error":"InternalFailure","for":"30s"},
                           {"service":"s3","latency":"2s"}]}""");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode added = JsonMapper.shared().readTree(response.body()).get("faults");
        assertThat(added).hasSize(2);
        assertThat(added.get(0).get("id").stringValue()).isNotBlank();
        assertThat(added.get(0).get("reply").get("status").intValue()).isEqualTo(500);
        assertThat(plan.rules()).hasSize(2);
    }

    @Test
    void listsTheRulesWithHowOftenEachFired() throws Exception {
        post("{\"service\":\"sqs\",\"error\":\"ThrottlingException\"}");
        plan.faultsFor(
                new dev.tandem.localcloud.iam.policy.Principal(
                        dev.tandem.localcloud.iam.policy.Principal.Kind.ADMINISTRATOR,
                        "arn:aws:iam::000000000000:root",
                        "administrator"),
                new dev.tandem.localcloud.iam.policy.Operation("sqs", "SendMessage", java.util.List.of()));

        HttpResponse<String> response = send(HttpRequest.newBuilder(faults).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode rule =
                JsonMapper.shared().readTree(response.body()).get("faults").get(0);
        assertThat(rule.get("fired").intValue()).isEqualTo(1);
        assertThat(rule.get("phase").stringValue()).isEqualTo("active");
    }

    @Test
    void refusesAnInvalidRuleNamingItsMember() throws Exception {
        HttpResponse<String> response = post("""
                {"faults":[{"service":"s3","error":"SlowDown","times":-1}]}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(response.body());
        assertThat(problem.get("field").stringValue()).isEqualTo("faults[0].times");
        assertThat(problem.get("detail").stringValue()).contains("at least 1");
        assertThat(plan.rules()).isEmpty();
    }

    @Test
    void deletesOneRuleThenAll() throws Exception {
        post("{\"faults\":[{\"service\":\"s3\",\"error\":\"500\"},{\"service\":\"sqs\",\"error\":\"500\"}]}");
        String id = plan.rules().getFirst().id();

        assertThat(send(HttpRequest.newBuilder(URI.create(faults + "/" + id)).DELETE())
                        .statusCode())
                .isEqualTo(204);
        assertThat(plan.rules()).hasSize(1);
        assertThat(send(HttpRequest.newBuilder(URI.create(faults + "/" + id)).DELETE())
                        .statusCode())
                .isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(faults).DELETE()).statusCode()).isEqualTo(204);
        assertThat(plan.rules()).isEmpty();
    }

    @Test
    void refusesOtherMethodsAndDeclinesOtherPaths() throws Exception {
        HttpResponse<String> put = send(HttpRequest.newBuilder(faults).PUT(HttpRequest.BodyPublishers.ofString("{}")));
        HttpResponse<String> elsewhere =
                send(HttpRequest.newBuilder(faults.resolve("/_tandem/other")).GET());

        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).hasValue("GET, POST, DELETE");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> post(String json) throws Exception {
        return send(HttpRequest.newBuilder(faults)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

package dev.tandem.localcloud.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RuntimeApiServerIT {

    private static final String ARN = "arn:aws:lambda:eu-west-1:000000000000:function:echo";
    private static final String RUNTIME = "/2018-06-01/runtime";

    private final HttpClient http = HttpClient.newHttpClient();
    private RuntimeSession session;
    private RuntimeApiServer server;

    @BeforeEach
    void startServer() throws IOException {
        session = new RuntimeSession("echo");
        server = RuntimeApiServer.start(session, ARN);
    }

    @AfterEach
    void stopServer() {
        server.close();
        http.close();
    }

    @Test
    void handsTheNextInvocationOverWithLambdasHeadersOnceOneIsQueued() {
        CompletableFuture<HttpResponse<String>> next = send(get("/invocation/next"));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> !next.isDone());

        Invocation invocation =
                new Invocation("8476a536-e9f4-11e8-9739-2dfe598c3fcd", "{\"a\":1}", Duration.ofSeconds(3));
        session.submit(invocation);

        HttpResponse<String> response = next.join();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"a\":1}");
        assertThat(header(response, "Lambda-Runtime-Aws-Request-Id")).isEqualTo(invocation.requestId());
        assertThat(header(response, "Lambda-Runtime-Invoked-Function-Arn")).isEqualTo(ARN);
        assertThat(header(response, "Lambda-Runtime-Trace-Id"))
                .matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0");
        assertThat(Instant.ofEpochMilli(Long.parseLong(header(response, "Lambda-Runtime-Deadline-Ms"))))
                .isBetween(Instant.now().plusSeconds(1), Instant.now().plusSeconds(4));
    }

    @Test
    void acceptsAResponseOnceAndRefusesItForAnUnknownOrAnsweredRequestId() {
        Invocation invocation = dispatched("r-1");

        HttpResponse<String> accepted =
                send(post("/invocation/r-1/response", "{\"ok\":true}")).join();
        HttpResponse<String> again =
                send(post("/invocation/r-1/response", "{\"ok\":true}")).join();
        HttpResponse<String> unknown = send(post("/invocation/r-9/error", "{}")).join();

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(accepted.body()).isEqualTo("{\"status\":\"OK\"}");
        assertThat(invocation.result().join())
                .isInstanceOfSatisfying(InvocationResult.Success.class, success -> assertThat(success.payload())
                        .isEqualTo("{\"ok\":true}"));
        assertThat(List.of(again.statusCode(), unknown.statusCode())).containsOnly(400);
        assertThat(again.body()).contains("InvalidRequestID");
    }

    @Test
    void settlesAnInvocationWithTheErrorTheRuntimeReports() {
        Invocation invocation = dispatched("r-1");

        HttpResponse<String> accepted = send(HttpRequest.newBuilder(uri("/invocation/r-1/error"))
                        .header("Lambda-Runtime-Function-Error-Type", "Runtime.UserException")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"errorMessage\":\"boom\",\"errorType\":\"java.lang.RuntimeException\","
                                        + "\"stackTrace\":[\"a.B.c(B.java:1)\"]}"))
                        .build())
                .join();

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(invocation.result().join())
                .isInstanceOfSatisfying(InvocationResult.Failure.class, failure -> assertThat(failure.error())
                        .isEqualTo(
                                new FunctionError("java.lang.RuntimeException", "boom", List.of("a.B.c(B.java:1)"))));
    }

    @Test
    void refusesAResponseAboveSixMegabytesAndFailsItsInvocation() {
        Invocation invocation = dispatched("r-1");

        HttpResponse<String> tooLarge = send(post(
                        "/invocation/r-1/response", "x".repeat(RuntimeSession.MAX_RESPONSE_BYTES + 1)))
                .join();

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(invocation.result().join()).isInstanceOf(InvocationResult.Failure.class);
    }

    @Test
    void refusesAnInitErrorAfterTheRuntimeAskedForAnInvocation() {
        dispatched("r-1");

        HttpResponse<String> refused =
                send(post("/init/error", "{\"errorMessage\":\"late\"}")).join();

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("InvalidStateTransition");
    }

    @Test
    void answersUnknownResourcesWithNotFound() {
        assertThat(send(get("/invocation/r-1/status")).join().statusCode()).isEqualTo(404);
    }

    private Invocation dispatched(String requestId) {
        Invocation invocation = new Invocation(requestId, "{}", Duration.ofSeconds(3));
        session.submit(invocation);
        assertThat(send(get("/invocation/next")).join().statusCode()).isEqualTo(200);
        return invocation;
    }

    private CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private URI uri(String path) {
        return URI.create("http://" + server.address() + RUNTIME + path);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow();
    }
}

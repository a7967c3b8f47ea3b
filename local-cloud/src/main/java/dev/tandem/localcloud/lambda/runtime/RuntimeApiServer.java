package dev.tandem.localcloud.lambda.runtime;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lambda's runtime API (version 2018-06-01) for one execution environment, on a free loopback
 * port: {@code GET /runtime/invocation/next} blocks until an invocation is queued and hands it
 * over with Lambda's headers, {@code POST /runtime/invocation/{id}/response} and {@code .../error}
 * settle it, {@code POST /runtime/init/error} reports a failed initialisation. Each request runs
 * on a virtual thread, so a runtime blocked in {@code /next} costs next to nothing.
 */
public final class RuntimeApiServer implements AutoCloseable {

    private static final String NEXT = "/2018-06-01/runtime/invocation/next";
    private static final String INIT_ERROR = "/2018-06-01/runtime/init/error";
    private static final Pattern INVOCATION_REPORT =
            Pattern.compile("/2018-06-01/runtime/invocation/([^/]+)/(response|error)");
    private static final String ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final HttpServer server;
    private final ExecutorService executor;
    private final RuntimeSession session;
    private final String functionArn;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RuntimeApiServer(HttpServer server, ExecutorService executor, RuntimeSession session, String functionArn) {
        this.server = server;
        this.executor = executor;
        this.session = session;
        this.functionArn = functionArn;
    }

    public static RuntimeApiServer start(RuntimeSession session, String functionArn) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        RuntimeApiServer api = new RuntimeApiServer(server, executor, session, functionArn);
        server.createContext("/", api::handle);
        server.start();
        return api;
    }

    /** The value of {@code AWS_LAMBDA_RUNTIME_API}: host and port, no scheme. */
    public String address() {
        return server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            boolean post = exchange.getRequestMethod().equals("POST");
            Matcher report = INVOCATION_REPORT.matcher(path);
            if (path.equals(NEXT) && exchange.getRequestMethod().equals("GET")) {
                next(exchange);
            } else if (path.equals(INIT_ERROR) && post) {
                reply(exchange, session.initError(readError(exchange)));
            } else if (report.matches() && post) {
                String requestId = report.group(1);
                reply(
                        exchange,
                        report.group(2).equals("response")
                                ? response(exchange, requestId)
                                : session.fail(requestId, readError(exchange)));
            } else {
                reply(exchange, new RuntimeReply(404, "NotFound", "No runtime API resource at " + path));
            }
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        Invocation invocation;
        try {
            invocation = session.next();
        } catch (InterruptedException closing) {
            // The environment is being torn down; its runtime gets no answer, as in a frozen sandbox.
            Thread.currentThread().interrupt();
            return;
        }
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        headers.set(
                "Lambda-Runtime-Deadline-Ms",
                Long.toString(invocation.deadline().toEpochMilli()));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", functionArn);
        headers.set("Lambda-Runtime-Trace-Id", invocation.traceId());
        byte[] payload = invocation.payload();
        exchange.sendResponseHeaders(200, payload.length == 0 ? -1 : payload.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(payload);
        }
    }

    private RuntimeReply response(HttpExchange exchange, String requestId) throws IOException {
        InputStream body = exchange.getRequestBody();
        byte[] response = body.readNBytes(RuntimeSession.MAX_RESPONSE_BYTES + 1);
        if (response.length > RuntimeSession.MAX_RESPONSE_BYTES) {
            body.transferTo(OutputStream.nullOutputStream());
            return session.responseTooLarge(requestId);
        }
        return session.respond(requestId, response);
    }

    private static FunctionError readError(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        return ErrorReports.parse(body, exchange.getRequestHeaders().getFirst(ERROR_TYPE_HEADER));
    }

    private static void reply(HttpExchange exchange, RuntimeReply reply) throws IOException {
        Map<String, String> document = reply.accepted()
                ? Map.of("status", "OK")
                : Map.of("errorType", reply.errorType(), "errorMessage", reply.errorMessage());
        byte[] body = JSON.writeValueAsBytes(document);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops listening and releases every runtime still blocked in {@code /next}. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}

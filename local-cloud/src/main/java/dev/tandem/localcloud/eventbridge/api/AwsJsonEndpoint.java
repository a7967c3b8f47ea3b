package dev.tandem.localcloud.eventbridge.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tandem.localcloud.eventbridge.bus.EventBridgeException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP side of local EventBridge: the AWS JSON 1.1 protocol, in which every call is a {@code POST /} whose
 * {@code X-Amz-RuleTarget} header names the operation ({@code AWSEvents.PutEvents}) and whose body is the request as
 * JSON. Runs on the JDK's HTTP server, one virtual thread per request, bound to loopback only.
 *
 * <p>Like DynamoDB Local and ElasticMQ, it does not check request signatures.
 */
public final class AwsJsonEndpoint implements AutoCloseable {

    /** The request body of one call, answered with the response body, or an {@link EventBridgeException}. */
    @FunctionalInterface
    public interface Operation {
        JsonNode handle(JsonNode request);
    }

    private static final Logger log = LoggerFactory.getLogger(AwsJsonEndpoint.class);
    private static final String TARGET_PREFIX = "AWSEvents.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private final Map<String, Operation> operations;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpServer server;

    public AwsJsonEndpoint(Map<String, Operation> operations) throws IOException {
        this.operations = Map.copyOf(operations);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String requestId = UUID.randomUUID().toString();
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            try {
                JsonNode response = dispatch(exchange);
                respond(exchange, 200, response);
            } catch (EventBridgeException e) {
                exchange.getResponseHeaders().set("x-amzn-ErrorType", e.type());
                respond(exchange, e.status(), error(e.type(), e.getMessage()));
            } catch (RuntimeException e) {
                log.error("EventBridge request {} failed", requestId, e);
                respond(exchange, 500, error("InternalException", "An internal error occurred in local-cloud."));
            }
        }
    }

    private JsonNode dispatch(HttpExchange exchange) throws IOException {
        String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
        Operation operation =
                target.startsWith(TARGET_PREFIX) ? operations.get(target.substring(TARGET_PREFIX.length())) : null;
        if (operation == null || !exchange.getRequestMethod().equals("POST")) {
            throw EventBridgeException.unknownOperation(target);
        }
        return operation.handle(readBody(exchange.getRequestBody()));
    }

    private static JsonNode readBody(InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        if (bytes.length == 0) {
            return JsonMapper.shared().createObjectNode();
        }
        try {
            JsonNode request = JsonMapper.shared().readTree(bytes);
            if (!request.isObject()) {
                throw EventBridgeException.serialization("The request body must be a JSON object");
            }
            return request;
        } catch (JacksonException e) {
            throw EventBridgeException.serialization("The request body is not valid JSON");
        }
    }

    private static ObjectNode error(String type, String message) {
        return JsonMapper.shared().createObjectNode().put("__type", type).put("message", message);
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JsonMapper.shared().writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}

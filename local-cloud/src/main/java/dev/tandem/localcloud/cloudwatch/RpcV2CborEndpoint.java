package dev.tandem.localcloud.cloudwatch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * The HTTP side of local CloudWatch: the Smithy RPC v2 CBOR protocol that the SDK's {@code CloudWatchClient} speaks
 * (CloudWatch moved to it from the Query protocol). Every call is a {@code POST
 * /service/GraniteServiceVersion20100801/operation/<Operation>} with the header {@code smithy-protocol:
 * rpc-v2-cbor} and the request as a CBOR map, gzip-compressed when it is large. Runs on the JDK's HTTP server, one
 * virtual thread per request, bound to loopback only.
 *
 * <p>Like local EventBridge, DynamoDB Local and ElasticMQ, it does not check request signatures.
 */
final class RpcV2CborEndpoint implements AutoCloseable {

    /** The request of one call, as a tree, answered with the response's tree, or a {@link CloudWatchException}. */
    @FunctionalInterface
    interface Operation {
        JsonNode handle(JsonNode request);
    }

    private static final Logger log = LoggerFactory.getLogger(RpcV2CborEndpoint.class);
    /** CloudWatch's service name in its Smithy model, a relic of the service's internal code name. */
    private static final String PATH_PREFIX = "/service/GraniteServiceVersion20100801/operation/";

    private static final String PROTOCOL_HEADER = "smithy-protocol";
    private static final String PROTOCOL = "rpc-v2-cbor";
    private static final String CONTENT_TYPE = "application/cbor";
    private static final String ERROR_SHAPE_NAMESPACE = "com.amazonaws.cloudwatch#";

    private final Map<String, Operation> operations;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpServer server;

    RpcV2CborEndpoint(Map<String, Operation> operations) throws IOException {
        this.operations = Map.copyOf(operations);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String requestId = UUID.randomUUID().toString();
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            exchange.getResponseHeaders().set(PROTOCOL_HEADER, PROTOCOL);
            try {
                respond(exchange, 200, dispatch(exchange));
            } catch (CloudWatchException e) {
                exchange.getResponseHeaders().set("x-amzn-query-error", e.queryError());
                respond(exchange, e.status(), error(e.shape(), e.getMessage()));
            } catch (RuntimeException e) {
                log.error("CloudWatch request {} failed", requestId, e);
                respond(exchange, 500, error("InternalServiceFault", "An internal error occurred in local-cloud."));
            }
        }
    }

    private JsonNode dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        Operation operation =
                path.startsWith(PATH_PREFIX) ? operations.get(path.substring(PATH_PREFIX.length())) : null;
        if (operation == null || !exchange.getRequestMethod().equals("POST")) {
            throw CloudWatchException.badRequest(
                    exchange.getRequestMethod() + " " + path + " is not an operation local-cloud supports");
        }
        if (!PROTOCOL.equals(exchange.getRequestHeaders().getFirst(PROTOCOL_HEADER))) {
            throw CloudWatchException.badRequest(
                    "The request must carry the header " + PROTOCOL_HEADER + ": " + PROTOCOL);
        }
        return operation.handle(readBody(exchange));
    }

    private static JsonNode readBody(HttpExchange exchange) throws IOException {
        boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
        try (InputStream body = gzip ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
            byte[] bytes = body.readAllBytes();
            if (bytes.length == 0) {
                return CBORMapper.shared().createObjectNode();
            }
            JsonNode request = CBORMapper.shared().readTree(bytes);
            if (!request.isObject()) {
                throw CloudWatchException.badRequest("The request body must be a CBOR map");
            }
            return request;
        } catch (ZipException e) {
            throw CloudWatchException.badRequest("The request body is not valid gzip");
        } catch (JacksonException e) {
            throw CloudWatchException.badRequest("The request body is not valid CBOR");
        }
    }

    private static JsonNode error(String shape, String message) {
        return CBORMapper.shared()
                .createObjectNode()
                .put("__type", ERROR_SHAPE_NAMESPACE + shape)
                .put("message", message);
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = CBORMapper.shared().writeValueAsBytes(body);
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

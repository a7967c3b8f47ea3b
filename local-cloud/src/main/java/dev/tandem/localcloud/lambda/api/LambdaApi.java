package dev.tandem.localcloud.lambda.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tandem.localcloud.lambda.FunctionHost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lambda's own API (REST and JSON, version 2015-03-31) in front of a {@link FunctionHost}, so that an unmodified
 * {@code LambdaClient} can deploy functions here exactly as it would into an emulator that runs them in containers,
 * or into AWS: {@code CreateFunction} (Java, inline code), {@code ListFunctions}, {@code GetFunction}, {@code
 * GetFunctionConfiguration}, {@code PublishVersion}, {@code CreateAlias}, {@code GetAlias}, {@code UpdateAlias}, SQS
 * {@code CreateEventSourceMapping}, {@code GetEventSourceMapping} and {@code ListEventSourceMappings}, and synchronous
 * {@code Invoke}.
 *
 * <p>Runs on the JDK's HTTP server, bound to loopback, one virtual thread per request. Like DynamoDB Local and
 * ElasticMQ it does not check request signatures. Closing it stops the endpoint and deletes the uploaded code; the
 * functions themselves belong to the host.
 */
public final class LambdaApi implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LambdaApi.class);
    private static final String VERSION_PREFIX = "/2015-03-31";
    private static final int DEFAULT_MAX_ITEMS = 50;
    private static final Pattern FUNCTION_PATH =
            Pattern.compile("/functions/([^/]+)(/configuration|/versions|/aliases|/invocations)?/?");
    private static final Pattern ALIAS_PATH = Pattern.compile("/functions/([^/]+)/aliases/([^/]+)/?");
    private static final Pattern MAPPING_PATH = Pattern.compile("/event-source-mappings/([^/]+)/?");

    private final LambdaControlPlane functions;
    private final Invocations invocations;
    private final Path codeDirectory;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpServer server;

    private LambdaApi(FunctionHost host, ExecutionRoles roles, String region, String accountId) throws IOException {
        this.codeDirectory = Files.createTempDirectory("tandem-lambda-api-");
        this.functions = new LambdaControlPlane(host, roles, region, accountId, codeDirectory);
        this.invocations = new Invocations(host, functions);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /**
     * Starts the API on a free loopback port.
     *
     * @param sqs the client with which event source mappings poll their queues
     */
    public static LambdaApi start(FunctionHost host, SqsClient sqs, String region, String accountId) {
        return start(host, ExecutionRoles.shared(sqs), region, accountId);
    }

    /**
     * Starts the API on a free loopback port; each function runs, and its event source mappings poll, with its
     * execution role as {@code roles} gives it.
     */
    public static LambdaApi start(FunctionHost host, ExecutionRoles roles, String region, String accountId) {
        try {
            return new LambdaApi(host, roles, region, accountId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Lambda API", e);
        }
    }

    /** Where the API answers on loopback; clients reach it through local-cloud's edge. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String requestId = UUID.randomUUID().toString();
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            try {
                route(exchange);
            } catch (LambdaApiException e) {
                exchange.getResponseHeaders().set("x-amzn-ErrorType", e.type());
                respond(exchange, e.status(), error(e.getMessage()));
            } catch (RuntimeException e) {
                log.error("Lambda API request {} failed", requestId, e);
                exchange.getResponseHeaders().set("x-amzn-ErrorType", "ServiceException");
                respond(exchange, 500, error("An internal error occurred in local-cloud."));
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String route = path.startsWith(VERSION_PREFIX) ? path.substring(VERSION_PREFIX.length()) : path;
        Matcher function = FUNCTION_PATH.matcher(route);
        Matcher mapping = MAPPING_PATH.matcher(route);
        Matcher alias = ALIAS_PATH.matcher(route);
        boolean functionsPath = route.equals("/functions") || route.equals("/functions/");
        if (method.equals("POST") && functionsPath) {
            respond(exchange, 201, functions.createFunction(body(exchange)));
        } else if (method.equals("GET") && functionsPath) {
            respond(
                    exchange,
                    200,
                    functions.listFunctions(
                            queryParameter(exchange, "Marker"),
                            queryParameter(exchange, "MaxItems")
                                    .map(LambdaApi::maxItems)
                                    .orElse(DEFAULT_MAX_ITEMS)));
        } else if (method.equals("POST") && route.matches("/event-source-mappings/?")) {
            respond(exchange, 202, functions.createEventSourceMapping(body(exchange)));
        } else if (method.equals("GET") && route.matches("/event-source-mappings/?")) {
            respond(
                    exchange,
                    200,
                    functions.listEventSourceMappings(
                            queryParameter(exchange, "FunctionName"), queryParameter(exchange, "EventSourceArn")));
        } else if (method.equals("GET") && alias.matches()) {
            respond(exchange, 200, functions.getAlias(decode(alias.group(1)), decode(alias.group(2))));
        } else if (method.equals("PUT") && alias.matches()) {
            respond(
                    exchange,
                    200,
                    functions.updateAlias(decode(alias.group(1)), decode(alias.group(2)), body(exchange)));
        } else if (method.equals("GET") && mapping.matches()) {
            respond(exchange, 200, functions.getEventSourceMapping(decode(mapping.group(1))));
        } else if (function.matches()) {
            routeFunction(exchange, method, decode(function.group(1)), String.valueOf(function.group(2)));
        } else {
            throw LambdaApiException.unknownOperation(method, path);
        }
    }

    private void routeFunction(HttpExchange exchange, String method, String reference, String operation)
            throws IOException {
        switch (method + " " + operation) {
            case "GET null" -> respond(exchange, 200, functions.getFunction(qualified(exchange, reference)));
            case "GET /configuration" ->
                respond(exchange, 200, functions.getFunctionConfiguration(qualified(exchange, reference)));
            case "POST /versions" -> respond(exchange, 201, functions.publishVersion(reference));
            case "POST /aliases" -> respond(exchange, 201, functions.createAlias(reference, body(exchange)));
            case "POST /invocations" -> invocations.invoke(exchange, qualified(exchange, reference));
            default ->
                throw LambdaApiException.unknownOperation(
                        method, exchange.getRequestURI().getRawPath());
        }
    }

    /** The reference with the {@code Qualifier} query parameter, when there is one, appended. */
    private static String qualified(HttpExchange exchange, String reference) {
        return queryParameter(exchange, "Qualifier")
                .map(qualifier -> reference + ":" + qualifier)
                .orElse(reference);
    }

    private static Optional<String> queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        return Stream.of(query.split("&"))
                .filter(parameter -> parameter.startsWith(name + "="))
                .map(parameter -> decode(parameter.substring(name.length() + 1)))
                .findFirst();
    }

    private static int maxItems(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw LambdaApiException.invalidParameter("MaxItems must be a number, was " + text);
        }
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        try {
            JsonNode request = bytes.length == 0
                    ? JsonMapper.shared().createObjectNode()
                    : JsonMapper.shared().readTree(bytes);
            if (!request.isObject()) {
                throw LambdaApiException.invalidParameter("The request body must be a JSON object");
            }
            return request;
        } catch (JacksonException e) {
            throw LambdaApiException.invalidParameter("The request body is not valid JSON");
        }
    }

    /** Lambda's error body; the SDK takes the exception's type from the {@code x-amzn-ErrorType} header. */
    private static JsonNode error(String message) {
        return JsonMapper.shared().createObjectNode().put("Type", "User").put("message", message);
    }

    static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JsonMapper.shared().writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
        try (Stream<Path> files = Files.walk(codeDirectory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("could not delete {}: {}", codeDirectory, e.toString());
        }
    }
}

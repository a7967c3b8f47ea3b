package dev.tandem.localcloud.lambda.api;

import com.sun.net.httpserver.HttpExchange;
import dev.tandem.localcloud.lambda.FunctionHost;
import dev.tandem.localcloud.lambda.runtime.InvocationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Invoke} operation: {@code RequestResponse} answers with the function's payload, or with its error and
 * the {@code X-Amz-Function-Error} header, as Lambda does; {@code DryRun} only checks that the function exists.
 * {@code Event} (asynchronous invocation) is refused: the template invokes its functions only through SQS event
 * source mappings, so local-cloud does not emulate Lambda's asynchronous queue and its retries.
 */
final class Invocations {

    private final FunctionHost host;
    private final LambdaControlPlane functions;

    Invocations(FunctionHost host, LambdaControlPlane functions) {
        this.host = host;
        this.functions = functions;
    }

    void invoke(HttpExchange exchange, String reference) throws IOException {
        String function = functions.invocable(reference);
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type"));
        String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String event = payload.isBlank() ? "{}" : payload;
        switch (type) {
            case "Event" ->
                throw LambdaApiException.invalidParameter(
                        "local-cloud does not emulate asynchronous invocation (InvocationType Event)");
            case "DryRun" -> exchange.sendResponseHeaders(204, -1);
            case "RequestResponse", "null" -> respond(exchange, host.invoke(function, event));
            default -> throw LambdaApiException.invalidParameter("Unknown invocation type " + type);
        }
    }

    private static void respond(HttpExchange exchange, InvocationResult result) throws IOException {
        exchange.getResponseHeaders().set("X-Amz-Executed-Version", "$LATEST");
        switch (result) {
            case InvocationResult.Success success -> {
                byte[] bytes = success.payload().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
                exchange.getResponseBody().write(bytes);
            }
            case InvocationResult.Failure failure -> {
                ObjectNode error = JsonMapper.shared()
                        .createObjectNode()
                        .put("errorMessage", failure.error().errorMessage())
                        .put("errorType", failure.error().errorType());
                failure.error().stackTrace().forEach(error.putArray("stackTrace")::add);
                exchange.getResponseHeaders().set("X-Amz-Function-Error", "Unhandled");
                LambdaApi.respond(exchange, 200, error);
            }
        }
    }
}

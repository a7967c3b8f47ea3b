package dev.tandem.catalog.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;

/**
 * Puts the API's error answers into its OpenAPI document as they are on the wire: every 4xx and
 * 5xx is {@code application/problem+json} with a {@code Problem} body (springdoc would otherwise
 * give it the operation's success body), and the answers that {@link ApiExceptionHandler} and the
 * filters can give to any operation are listed on each: 400, 500 and 503 everywhere, 413 and 415
 * where there is a request body, 401 where the admin token is required.
 */
final class ProblemResponses {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "Problem";

    private ProblemResponses() {}

    static void describe(OpenAPI api) {
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        api.getPaths().values().forEach(path -> path.readOperations().forEach(ProblemResponses::describe));
    }

    private static void describe(Operation operation) {
        ApiResponses responses = operation.getResponses();
        addIfAbsent(responses, "400", "invalid-request: a parameter, the path or the body is not valid");
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "413", "payload-too-large: the body exceeds 1 MiB");
            addIfAbsent(responses, "415", "unsupported-media-type: the body must be application/json");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addIfAbsent(responses, "401", "unauthorized: the admin token is missing or wrong");
            responses.get("401").addHeaderObject(HttpHeaders.WWW_AUTHENTICATE, header("Bearer"));
        }
        addIfAbsent(responses, "500", "internal-error: a bug; the detail reveals nothing and the log has it");
        addIfAbsent(
                responses,
                "503",
                "service-unavailable (AWS is throttling or unreachable) or busy (contention): retry after Retry-After");
        responses.get("503").addHeaderObject(HttpHeaders.RETRY_AFTER, header("Seconds to wait before retrying"));
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            }
        });
    }

    private static void addIfAbsent(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description));
        }
    }

    private static Header header(String description) {
        return new Header().required(true).description(description).schema(new StringSchema());
    }

    /** RFC 9457's members; a type may add its own (e.g. {@code errors}, {@code productIds}). */
    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .additionalProperties(true)
                .description("An RFC 9457 problem; branch on 'type', a URI under https://tandem.dev/problems/")
                .properties(Map.of(
                        "type", new StringSchema().format("uri"),
                        "title", new StringSchema(),
                        "status", new IntegerSchema(),
                        "detail", new StringSchema(),
                        "instance", new StringSchema()))
                .required(List.of("type", "title", "status"));
    }
}

package dev.tandem.catalog;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The service's own OpenAPI document ({@code /v3/api-docs}) as a check on every answer the API
 * ITs get through {@link CatalogApi}: a status the operation does not list, a missing required
 * header, a media type or a body that does not fit the schema fails the test. A drift between the
 * document and the code is then a red build, whichever of the two is wrong.
 *
 * <p>The validator supports OpenAPI 3.0 (its JSON Schema checks are draft-04), not the 3.1 that
 * springdoc serves by default, so {@link CatalogIntegrationTest} asks springdoc for 3.0: the same
 * annotations and customizers, rendered in the older dialect.
 *
 * <p>Answers for paths or methods the document does not have (404s and 405s of the fallback
 * handlers) are not checked: there is no operation to compare them with.
 */
final class ApiContract {

    private static final Map<Integer, OpenApiInteractionValidator> VALIDATOR_OF_PORT = new ConcurrentHashMap<>();

    private static final LevelResolver LEVELS = LevelResolver.create()
            .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
            .withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
            .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
            .withLevel("validation.response.operation.notAllowed", ValidationReport.Level.IGNORE)
            .build();

    private ApiContract() {}

    /** Throws an {@link AssertionError} if the response is not one the document allows. */
    static void check(int port, Supplier<String> document, HttpRequest request, HttpResponse<String> response) {
        String path = request.uri().getRawPath();
        if (!path.startsWith("/api/")) {
            return;
        }
        OpenApiInteractionValidator validator = VALIDATOR_OF_PORT.computeIfAbsent(
                port, _ -> OpenApiInteractionValidator.createForInlineApiSpecification(document.get())
                        .withLevelResolver(LEVELS)
                        .build());
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
        if (!response.body().isEmpty()) {
            answer.withBody(response.body());
        }
        ValidationReport report =
                validator.validateResponse(path, Request.Method.valueOf(request.method()), answer.build());
        if (report.hasErrors()) {
            throw new AssertionError(request.method() + " " + path + " answered " + response.statusCode()
                    + ", which the OpenAPI document does not allow:\n"
                    + SimpleValidationReportFormat.getInstance().apply(report) + "\nbody: " + response.body());
        }
    }
}

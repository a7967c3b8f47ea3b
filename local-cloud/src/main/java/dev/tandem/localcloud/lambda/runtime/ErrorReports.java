package dev.tandem.localcloud.lambda.runtime;

import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the error a runtime posts to {@code /error} or {@code /init/error}: Lambda's error document
 * ({@code errorType}, {@code errorMessage}, {@code stackTrace}) when the body is one, otherwise the
 * {@code Lambda-Runtime-Function-Error-Type} header and the body as the message, which is how
 * Lambda itself falls back.
 */
final class ErrorReports {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String UNKNOWN_TYPE = "Unknown";

    private ErrorReports() {}

    static FunctionError parse(byte[] body, String errorTypeHeader) {
        String fallbackType = errorTypeHeader == null || errorTypeHeader.isBlank() ? UNKNOWN_TYPE : errorTypeHeader;
        String text = new String(body, StandardCharsets.UTF_8);
        JsonNode document;
        try {
            document = JSON.readTree(text);
        } catch (JacksonException notJson) {
            return new FunctionError(fallbackType, text, List.of());
        }
        if (document == null || !document.isObject()) {
            return new FunctionError(fallbackType, text, List.of());
        }
        String type = document.path("errorType").asString("");
        List<String> stackTrace = document.path("stackTrace")
                .valueStream()
                .map(frame -> frame.asString(""))
                .toList();
        return new FunctionError(
                type.isBlank() ? fallbackType : type,
                document.path("errorMessage").asString(""),
                stackTrace);
    }
}

package dev.tandem.localcloud.edge.pipeline;

import dev.tandem.localcloud.edge.request.AwsRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.cbor.CBORMapper;

/** What the call trail wants to know of a call that is cheap to read: its error code and its correlation id. */
final class CallFacts {

    private static final Pattern XML_CODE = Pattern.compile("<Code>([^<]+)</Code>");
    private static final Pattern JSON_TYPE = Pattern.compile("\"__type\"\\s*:\\s*\"([^\"]+)\"");

    private CallFacts() {}

    /**
     * The error code of a service's error answer: from {@code x-amzn-query-error} or {@code x-amzn-ErrorType}
     * where the service sends one, else from the body ({@code <Code>} in XML, {@code __type} in JSON or CBOR).
     */
    static Optional<String> errorCode(int status, HttpFields headers, String contentType, byte[] head) {
        if (status < 300) {
            return Optional.empty();
        }
        String queryError = headers.get("x-amzn-query-error");
        if (queryError != null) {
            return Optional.of(queryError.split(";")[0]);
        }
        String errorType = headers.get("x-amzn-ErrorType");
        if (errorType != null) {
            return Optional.of(errorType.split(":")[0]);
        }
        if (contentType != null && contentType.contains("cbor")) {
            try {
                return typeName(
                        CBORMapper.shared().readTree(head).path("__type").asString(""));
            } catch (JacksonException e) {
                return Optional.empty();
            }
        }
        String text = new String(head, StandardCharsets.UTF_8);
        Matcher code = XML_CODE.matcher(text);
        if (code.find()) {
            return Optional.of(code.group(1));
        }
        Matcher type = JSON_TYPE.matcher(text);
        return type.find() ? typeName(type.group(1)) : Optional.empty();
    }

    /**
     * The correlation id a call carries: an S3 object's {@code x-amz-meta-correlation-id}, or the {@code
     * correlationId} in the detail of an EventBridge {@code PutEvents} call's first entry that has one.
     */
    static Optional<String> correlationId(AwsRequest request) {
        if (request.service().equals("s3")) {
            return request.header("x-amz-meta-correlation-id");
        }
        if (!request.header("x-amz-target").orElse("").equals("AWSEvents.PutEvents")) {
            return Optional.empty();
        }
        try {
            for (JsonNode entry : JsonMapper.shared().readTree(request.body()).path("Entries")) {
                String detail = entry.path("Detail").asString("");
                if (!detail.isEmpty()) {
                    String id = JsonMapper.shared()
                            .readTree(detail)
                            .path("correlationId")
                            .asString("");
                    if (!id.isEmpty()) {
                        return Optional.of(id);
                    }
                }
            }
        } catch (JacksonException e) {
            // Not JSON: EventBridge refuses it, and there is no correlation id to report.
        }
        return Optional.empty();
    }

    /** {@code com.amazonaws.dynamodb.v20120810#ResourceNotFoundException} is a {@code ResourceNotFoundException}. */
    private static Optional<String> typeName(String type) {
        String name = type.substring(type.lastIndexOf('#') + 1).split(":")[0];
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }
}

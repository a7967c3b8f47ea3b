package dev.tandem.localcloud.edge.errors;

import dev.tandem.localcloud.edge.request.AwsRequest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * An error as each service words it, so that the SDK raises the same exception, with the same error code, that the
 * real service would make it raise. The edge answers its own refusals (signature, IAM, injected faults) with these.
 *
 * <ul>
 *   <li>S3: an XML {@code <Error>} document
 *       (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html).
 *   <li>DynamoDB (AWS JSON 1.0) and EventBridge (AWS JSON 1.1): {@code {"__type": ..., "message": ...}}
 *       (https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#operation-error-serialization).
 *   <li>SQS: with {@code X-Amz-Target: AmazonSQS.*} the JSON protocol, with the Query code in {@code
 *       x-amzn-query-error}
 *       (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-json-api-responses.html);
 *       otherwise the Query protocol's XML {@code ErrorResponse}
 *       (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-api-responses.html).
 *   <li>CloudWatch: Smithy RPC v2 CBOR, a CBOR map with {@code __type}, and the Query code in {@code
 *       x-amzn-query-error} (https://smithy.io/2.0/additional-specs/protocols/smithy-rpc-v2.html).
 *   <li>Lambda (REST-JSON): the code in the {@code x-amzn-ErrorType} header
 *       (https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#operation-error-serialization).
 * </ul>
 */
public final class ErrorShapes {

    private ErrorShapes() {}

    /** An error answer: status, the error code it carries, headers and body, ready to send. */
    public record ErrorResponse(int status, String code, Map<String, String> headers, byte[] body) {}

    /**
     * The error {@code code} with {@code message}, in the shape {@code service} answers {@code request} with.
     *
     * @param service the credential scope's service name: {@code s3}, {@code sqs}, {@code dynamodb}, {@code
     *     events}, {@code monitoring}, {@code lambda}
     * @param code the service's error code, e.g. {@code AccessDenied} for S3 or SQS, {@code AccessDeniedException}
     *     for DynamoDB, EventBridge and Lambda
     */
    public static ErrorResponse write(String service, AwsRequest request, int status, String code, String message) {
        Map<String, String> headers = new LinkedHashMap<>();
        String requestId = UUID.randomUUID().toString();
        headers.put("x-amzn-RequestId", requestId);
        String fault = status >= 500 ? "Receiver" : "Sender";
        byte[] body =
                switch (service) {
                    case "s3" -> s3(request, code, message, headers);
                    case "sqs" -> {
                        if (request.header("x-amz-target").orElse("").startsWith("AmazonSQS.")) {
                            headers.put("x-amzn-query-error", code + ";" + fault);
                            yield json(headers, "application/x-amz-json-1.0", "com.amazonaws.sqs#" + code, message);
                        }
                        yield queryXml(code, fault, message, requestId, headers);
                    }
                    case "monitoring" -> {
                        headers.put("x-amzn-query-error", code + ";" + fault);
                        headers.put("smithy-protocol", "rpc-v2-cbor");
                        headers.put("Content-Type", "application/cbor");
                        yield CBORMapper.shared()
                                .writeValueAsBytes(
                                        Map.of("__type", "com.amazonaws.cloudwatch#" + code, "message", message));
                    }
                    case "lambda" -> {
                        headers.put("x-amzn-ErrorType", code);
                        headers.put("Content-Type", "application/json");
                        yield JsonMapper.shared().writeValueAsBytes(Map.of("Type", "User", "message", message));
                    }
                    case "dynamodb" ->
                        json(headers, "application/x-amz-json-1.0", "com.amazon.coral.service#" + code, message);
                    default -> json(headers, "application/x-amz-json-1.1", code, message);
                };
        return new ErrorResponse(status, code, Map.copyOf(headers), body);
    }

    /** The refusal of a call IAM denied, in the service's shape: S3's and SQS's {@code AccessDenied}, et al. */
    public static ErrorResponse accessDenied(String service, AwsRequest request, String message) {
        return switch (service) {
            case "s3", "sqs", "monitoring" -> write(service, request, 403, "AccessDenied", message);
            case "lambda" -> write(service, request, 403, "AccessDeniedException", message);
            default -> write(service, request, 400, "AccessDeniedException", message);
        };
    }

    private static byte[] s3(AwsRequest request, String code, String message, Map<String, String> headers) {
        String requestId = HexFormat.of()
                .withUpperCase()
                .toHexDigits(ThreadLocalRandom.current().nextLong());
        headers.put("x-amz-request-id", requestId);
        headers.put("Content-Type", "application/xml");
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                        + escape(message) + "</Message><Resource>" + escape(request.path()) + "</Resource><RequestId>"
                        + requestId + "</RequestId></Error>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] queryXml(
            String code, String fault, String message, String requestId, Map<String, String> headers) {
        headers.put("Content-Type", "text/xml");
        return ("<?xml version=\"1.0\"?><ErrorResponse><Error><Type>" + fault + "</Type><Code>" + code
                        + "</Code><Message>" + escape(message) + "</Message><Detail/></Error><RequestId>" + requestId
                        + "</RequestId></ErrorResponse>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(Map<String, String> headers, String contentType, String type, String message) {
        headers.put("Content-Type", contentType);
        return JsonMapper.shared().writeValueAsBytes(Map.of("__type", type, "message", message));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}

package dev.tandem.localcloud.edge.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.edge.request.AwsRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.cbor.CBORMapper;

/** Each service's error shape, as its protocol defines it; the SDK-level proof is in {@code EdgeSignatureIT}. */
class ErrorShapesTest {

    @Test
    void answersS3WithAnXmlErrorDocumentNamingTheResource() {
        var error = ErrorShapes.write("s3", request("s3", Map.of()), 403, "AccessDenied", "Access Denied");

        assertThat(error.status()).isEqualTo(403);
        assertThat(error.headers()).containsEntry("Content-Type", "application/xml");
        assertThat(body(error))
                .contains("<Error><Code>AccessDenied</Code><Message>Access Denied</Message>")
                .contains("<Resource>/bucket/key</Resource>");
    }

    @Test
    void answersSqsJsonCallsWithTheQueryCodeInTheQueryErrorHeaderAndQueryCallsWithAnErrorResponse() {
        var json = ErrorShapes.write(
                "sqs",
                request("sqs", Map.of("x-amz-target", List.of("AmazonSQS.ListQueues"))),
                403,
                "AccessDenied",
                "no");
        var query = ErrorShapes.write("sqs", request("sqs", Map.of()), 403, "AccessDenied", "no");

        assertThat(json.headers())
                .containsEntry("x-amzn-query-error", "AccessDenied;Sender")
                .containsEntry("Content-Type", "application/x-amz-json-1.0");
        assertThat(body(json)).contains("\"__type\":\"com.amazonaws.sqs#AccessDenied\"");
        assertThat(body(query)).contains("<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>");
    }

    @Test
    void answersCloudWatchInRpcV2Cbor() {
        var error = ErrorShapes.write("monitoring", request("monitoring", Map.of()), 403, "AccessDenied", "no");
        JsonNode body = CBORMapper.shared().readTree(error.body());

        assertThat(error.headers())
                .containsEntry("smithy-protocol", "rpc-v2-cbor")
                .containsEntry("Content-Type", "application/cbor")
                .containsEntry("x-amzn-query-error", "AccessDenied;Sender");
        assertThat(body.path("__type").asString()).isEqualTo("com.amazonaws.cloudwatch#AccessDenied");
    }

    @Test
    void answersLambdaWithTheErrorTypeHeaderAndTheJsonServicesWithTheirType() {
        var lambda = ErrorShapes.accessDenied("lambda", request("lambda", Map.of()), "no");
        var events = ErrorShapes.accessDenied("events", request("events", Map.of()), "no");
        var dynamoDb = ErrorShapes.accessDenied("dynamodb", request("dynamodb", Map.of()), "no");

        assertThat(lambda.status()).isEqualTo(403);
        assertThat(lambda.headers()).containsEntry("x-amzn-ErrorType", "AccessDeniedException");
        assertThat(events.status()).isEqualTo(400);
        assertThat(body(events)).contains("\"__type\":\"AccessDeniedException\"");
        assertThat(events.headers()).containsEntry("Content-Type", "application/x-amz-json-1.1");
        assertThat(body(dynamoDb)).contains("\"__type\":\"com.amazon.coral.service#AccessDeniedException\"");
    }

    private static AwsRequest request(String service, Map<String, List<String>> headers) {
        return new AwsRequest(service, "GET", "/bucket/key", "", headers, new byte[0]);
    }

    private static String body(ErrorShapes.ErrorResponse error) {
        return new String(error.body(), StandardCharsets.UTF_8);
    }
}

package dev.tandem.localcloud.lambda.eventsource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SqsEventJsonTest {

    private static final String QUEUE_ARN = "arn:aws:sqs:eu-west-1:000000000000:image-jobs";

    @Test
    void describesEachMessageTheWayLambdaDoes() {
        Message message = Message.builder()
                .messageId("0e8d4a4e-aaaa-4b4b-8c8c-000000000001")
                .receiptHandle("handle-1")
                .body("{\"key\":\"uploads/p-1/i-1\"}")
                .md5OfBody("5d41402abc4b2a76b9719d911017c592")
                .attributesWithStrings(Map.of(
                        "SentTimestamp", "1700000000000",
                        "ApproximateReceiveCount", "2",
                        "SenderId", "127.0.0.1",
                        "ApproximateFirstReceiveTimestamp", "1700000000100"))
                .build();

        JsonNode record = records(SqsEventJson.event(List.of(message), QUEUE_ARN, "eu-west-1"))
                .get(0);

        assertThat(record.propertyNames())
                .containsExactly(
                        "messageId",
                        "receiptHandle",
                        "body",
                        "attributes",
                        "messageAttributes",
                        "md5OfBody",
                        "eventSource",
                        "eventSourceARN",
                        "awsRegion");
        assertThat(record.path("messageId").asString()).isEqualTo("0e8d4a4e-aaaa-4b4b-8c8c-000000000001");
        assertThat(record.path("receiptHandle").asString()).isEqualTo("handle-1");
        assertThat(record.path("body").asString()).isEqualTo("{\"key\":\"uploads/p-1/i-1\"}");
        assertThat(record.path("attributes").propertyNames())
                .containsExactly(
                        "ApproximateReceiveCount", "SentTimestamp", "SenderId", "ApproximateFirstReceiveTimestamp");
        assertThat(record.path("attributes").path("ApproximateReceiveCount").asString())
                .isEqualTo("2");
        assertThat(record.path("messageAttributes").isEmpty()).isTrue();
        assertThat(record.path("md5OfBody").asString()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(record.path("eventSource").asString()).isEqualTo("aws:sqs");
        assertThat(record.path("eventSourceARN").asString()).isEqualTo(QUEUE_ARN);
        assertThat(record.path("awsRegion").asString()).isEqualTo("eu-west-1");
    }

    @Test
    void carriesMessageAttributesWithBinaryValuesInBase64() {
        Message message = Message.builder()
                .messageId("m-1")
                .receiptHandle("h-1")
                .body("hello")
                .md5OfBody("md5")
                .md5OfMessageAttributes("md5-attributes")
                .messageAttributes(Map.of(
                        "correlationId",
                        MessageAttributeValue.builder()
                                .dataType("String")
                                .stringValue("c-42")
                                .build(),
                        "thumbprint",
                        MessageAttributeValue.builder()
                                .dataType("Binary")
                                .binaryValue(SdkBytes.fromUtf8String("hi"))
                                .build()))
                .build();

        JsonNode record = records(SqsEventJson.event(List.of(message), QUEUE_ARN, "eu-west-1"))
                .get(0);

        JsonNode correlationId = record.path("messageAttributes").path("correlationId");
        assertThat(correlationId.path("stringValue").asString()).isEqualTo("c-42");
        assertThat(correlationId.path("dataType").asString()).isEqualTo("String");
        assertThat(correlationId.path("stringListValues").isArray()).isTrue();
        assertThat(correlationId.path("binaryListValues").isArray()).isTrue();
        assertThat(record.path("messageAttributes")
                        .path("thumbprint")
                        .path("binaryValue")
                        .asString())
                .isEqualTo("aGk=");
        assertThat(record.path("md5OfMessageAttributes").asString()).isEqualTo("md5-attributes");
    }

    @Test
    void keepsTheMessagesInTheOrderTheyWereReceived() {
        List<Message> messages = List.of("c", "a", "b").stream()
                .map(id -> Message.builder()
                        .messageId(id)
                        .receiptHandle("h-" + id)
                        .body(id)
                        .md5OfBody("md5")
                        .build())
                .toList();

        JsonNode records = records(SqsEventJson.event(messages, QUEUE_ARN, "eu-west-1"));

        assertThat(records.valueStream().map(record -> record.path("messageId").asString()))
                .containsExactly("c", "a", "b");
    }

    private static JsonNode records(String event) {
        return JsonMapper.shared().readTree(event).path("Records");
    }
}

package dev.tandem.localcloud.lambda.eventsource;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the event an SQS event source mapping hands to a function, in the shape Lambda gives it
 * ({@code Records[]} with {@code messageId}, {@code receiptHandle}, {@code body}, the system
 * {@code attributes} as strings, {@code messageAttributes} with base64 binary values,
 * {@code md5OfBody}, {@code eventSource}, {@code eventSourceARN} and {@code awsRegion}), from the
 * messages exactly as SQS returned them.
 */
final class SqsEventJson {

    private static final JsonMapper JSON = JsonMapper.shared();

    /** Lambda lists these first; any other attribute SQS returned (FIFO ones, the trace header) follows. */
    private static final List<String> LEADING_ATTRIBUTES =
            List.of("ApproximateReceiveCount", "SentTimestamp", "SenderId", "ApproximateFirstReceiveTimestamp");

    private SqsEventJson() {}

    static String event(List<Message> messages, String queueArn, String region) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        messages.forEach(message -> records.add(record(message, queueArn, region)));
        return JSON.writeValueAsString(event);
    }

    private static ObjectNode record(Message message, String queueArn, String region) {
        ObjectNode record = JSON.createObjectNode();
        record.put("messageId", message.messageId());
        record.put("receiptHandle", message.receiptHandle());
        record.put("body", message.body());
        ObjectNode attributes = record.putObject("attributes");
        orderedAttributes(message.attributesAsStrings()).forEach(attributes::put);
        ObjectNode messageAttributes = record.putObject("messageAttributes");
        new TreeMap<>(message.messageAttributes())
                .forEach((name, value) -> messageAttributes.set(name, messageAttribute(value)));
        if (message.md5OfMessageAttributes() != null) {
            record.put("md5OfMessageAttributes", message.md5OfMessageAttributes());
        }
        record.put("md5OfBody", message.md5OfBody());
        record.put("eventSource", "aws:sqs");
        record.put("eventSourceARN", queueArn);
        record.put("awsRegion", region);
        return record;
    }

    private static Map<String, String> orderedAttributes(Map<String, String> returned) {
        Map<String, String> ordered = new LinkedHashMap<>();
        LEADING_ATTRIBUTES.stream()
                .filter(returned::containsKey)
                .forEach(name -> ordered.put(name, returned.get(name)));
        new TreeMap<>(returned).forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static ObjectNode messageAttribute(MessageAttributeValue value) {
        ObjectNode attribute = JSON.createObjectNode();
        if (value.stringValue() != null) {
            attribute.put("stringValue", value.stringValue());
        }
        if (value.binaryValue() != null) {
            attribute.put("binaryValue", base64(value.binaryValue()));
        }
        ArrayNode strings = attribute.putArray("stringListValues");
        value.stringListValues().forEach(strings::add);
        ArrayNode binaries = attribute.putArray("binaryListValues");
        value.binaryListValues().forEach(binary -> binaries.add(base64(binary)));
        attribute.put("dataType", value.dataType());
        return attribute;
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }
}

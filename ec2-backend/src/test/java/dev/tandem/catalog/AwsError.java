package dev.tandem.catalog;

import java.nio.charset.StandardCharsets;

/**
 * An error response as an AWS service that speaks AWS JSON writes it: the HTTP status, and a body
 * whose {@code __type} names the error (the SDK reads the part after {@code #}). The fault-injecting
 * HTTP clients answer with these instead of the emulator.
 *
 * @param type the error's shape id, e.g. {@code com.amazonaws.dynamodb.v20120810#ThrottlingException}
 */
public record AwsError(int status, String type, String message) {

    /** DynamoDB's form: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html */
    public static AwsError dynamoDb(int status, String code, String message) {
        return new AwsError(status, "com.amazonaws.dynamodb.v20120810#" + code, message);
    }

    /** What an on-demand table answers beyond the capacity it has at the moment. */
    public static AwsError dynamoDbThrottling() {
        return dynamoDb(
                400,
                "ThrottlingException",
                "Throughput exceeds the current capacity of your table or index; try again shortly.");
    }

    /**
     * SQS's form (AWS JSON 1.0); {@code InternalFailure} (500) is one of the errors common to every
     * action: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/CommonErrors.html
     */
    public static AwsError sqs(int status, String code, String message) {
        return new AwsError(status, "com.amazonaws.sqs#" + code, message);
    }

    byte[] body() {
        return ("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}

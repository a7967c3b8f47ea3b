package dev.tandem.e2e;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The deployed stack as any AWS SDK user sees it: its queues, tables and bus found by the names the synthesized
 * template gives them (environment {@code sandbox}), never by reaching into the app.
 */
final class Deployment implements AutoCloseable {

    static final String PREFIX = "sandbox-tandem-";
    static final String BUS = PREFIX + "bus";
    static final List<String> WORK_QUEUES = List.of("image-jobs", "payment-jobs", "catalog-inbox");
    static final List<String> DEAD_LETTER_QUEUES = List.of(
            "image-jobs-dlq",
            "payment-jobs-dlq",
            "catalog-inbox-dlq",
            "uploads-target-dlq",
            "orders-target-dlq",
            "results-target-dlq");

    private final SdkHttpClient http = UrlConnectionHttpClient.create();
    private final SqsClient sqs;
    private final DynamoDbClient dynamoDb;
    private final EventBridgeClient eventBridge;

    Deployment(RunningTandem tandem) {
        AwsAccess aws = tandem.aws();
        this.sqs = aws.configure(SqsClient.builder(), http).build();
        this.dynamoDb = aws.configure(DynamoDbClient.builder(), http).build();
        this.eventBridge = aws.configure(EventBridgeClient.builder(), http).build();
    }

    SqsClient sqs() {
        return sqs;
    }

    EventBridgeClient eventBridge() {
        return eventBridge;
    }

    String queueUrl(String shortName) {
        return sqs.getQueueUrl(r -> r.queueName(PREFIX + shortName)).queueUrl();
    }

    String queueAttribute(String queueUrl, QueueAttributeName name) {
        return sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(name))
                .attributes()
                .get(name);
    }

    /** Messages waiting or in flight: zero once every delivery was handled and deleted. */
    int unsettledMessages(String shortName) {
        String url = queueUrl(shortName);
        return Integer.parseInt(queueAttribute(url, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(queueAttribute(url, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    /** Looks at up to ten messages without hiding them from anyone else. */
    List<Message> peek(String shortName) {
        return sqs.receiveMessage(r -> r.queueUrl(queueUrl(shortName))
                        .maxNumberOfMessages(10)
                        .visibilityTimeout(0)
                        .waitTimeSeconds(0))
                .messages();
    }

    /** Every message on every dead-letter queue whose body mentions {@code text}. */
    List<String> deadLettersMentioning(String text) {
        return DEAD_LETTER_QUEUES.stream()
                .flatMap(queue -> peek(queue).stream()
                        .filter(message -> message.body().contains(text))
                        .map(message -> queue + ": " + message.body()))
                .toList();
    }

    /** The one table whose generated name contains {@code fragment}, as CDK names it after its construct id. */
    String table(String fragment) {
        List<String> matches = dynamoDb.listTablesPaginator().tableNames().stream()
                .filter(name -> name.startsWith(PREFIX))
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT)))
                .toList();
        if (matches.size() != 1) {
            throw new IllegalStateException("expected one table named like " + fragment + ", found " + matches);
        }
        return matches.getFirst();
    }

    /** The payment-processor's idempotency records for one order (its partition key is the order id). */
    List<Map<String, AttributeValue>> paymentRecords(String orderId) {
        return dynamoDb.query(r -> r.tableName(table("PaymentIdempotency"))
                        .keyConditionExpression("orderId = :id")
                        .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(orderId)))
                        .consistentRead(true))
                .items();
    }

    @Override
    public void close() {
        sqs.close();
        dynamoDb.close();
        eventBridge.close();
        http.close();
    }
}

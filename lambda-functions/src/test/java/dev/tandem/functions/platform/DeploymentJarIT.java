package dev.tandem.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.tandem.events.EventCodec;
import dev.tandem.events.ImageRejected;
import dev.tandem.events.OrderPlaced;
import dev.tandem.events.PaymentFailed;
import dev.tandem.events.PaymentFailureReason;
import dev.tandem.events.PaymentSucceeded;
import dev.tandem.events.RejectionReason;
import dev.tandem.events.TandemEvent;
import dev.tandem.functions.payments.OrderMessages;
import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Runs each deployment jar on its own, as Lambda with SnapStart would (see {@link
 * DeploymentJarRun}), against local-cloud. The build shrinks the jars to what their code reaches,
 * so a class or member that is only reached by reflection, or on a path no test takes, could be
 * missing; it would fail here at runtime, as it would on AWS. Each batch therefore takes every
 * kind of path through the function and the SDK: success, a final rejection, a transient failure,
 * a malformed message, and errors that S3 and DynamoDB answer with, which the SDK turns into their
 * own exception classes.
 */
@ExtendWith(LocalAwsExtension.class)
class DeploymentJarIT {

    private final EventCodec codec = new EventCodec();

    @TempDir
    Path events;

    @Test
    void imageResizerJarRendersRejectsAndLeavesAMissingUploadToBeRetried(
            LocalAws aws, S3Client s3, EventBridgeClient eventBridge, SqsClient sqs) throws Exception {
        String bucket = "tandem-media-" + UUID.randomUUID().toString().substring(0, 8);
        s3.createBucket(request -> request.bucket(bucket));
        ResultQueue results = ResultQueue.create(eventBridge, sqs, "tandem.images");
        Map<String, byte[]> uploads = Map.of(
                "img-cmyk", Files.readAllBytes(Path.of("src/test/resources/images/cmyk.jpg")),
                "img-webp", Files.readAllBytes(Path.of("src/test/resources/images/lossy-alpha.webp")),
                "img-html", "<!DOCTYPE html><html><body>not an image</body></html>".getBytes(StandardCharsets.UTF_8),
                "img-huge", new byte[21 * 1024 * 1024]);
        uploads.forEach((imageId, bytes) -> s3.putObject(
                request -> request.bucket(bucket).key("uploads/prd-mug/" + imageId), RequestBody.fromBytes(bytes)));
        SQSEvent batch = LambdaFixtures.batchOf(
                "s3-object-created.json",
                List.of(
                        objectCreated(bucket, "img-cmyk"),
                        objectCreated(bucket, "img-webp"),
                        objectCreated(bucket, "img-html"),
                        objectCreated(bucket, "img-huge"),
                        objectCreated(bucket, "img-never-uploaded")));
        String missing = batch.getRecords().get(4).getMessageId();

        DeploymentJarRun run = DeploymentJarRun.launch(
                "image-resizer.jar",
                "dev.tandem.functions.images.ImageResizerHandler",
                LambdaFixtures.toJson(batch),
                environment(aws, Map.of("BUCKET_NAME", bucket, "EVENT_BUS_NAME", results.busName())),
                events);

        assertThat(run.failedMessageIds()).containsExactly(missing);
        assertThat(run.logLines())
                .as("the priming's SDK warm-up found its provider")
                .noneSatisfy(line -> assertThat(line.path("error").asString()).contains("S3WarmUpProvider"));
        assertThat(run.logLines())
                .as("every warm-up provider the jar names is in the jar")
                .noneSatisfy(line -> assertThat(line.path("message").asString()).contains("could not be loaded"));
        assertThat(run.logLinesOf(missing))
                .anySatisfy(line -> assertThat(line.path("error").asString()).contains("NoSuchKeyException"));
        assertThat(results.awaitResult(ResultQueue.detail("imageId", "img-cmyk"))
                        .detailType())
                .isEqualTo("ImageProcessed");
        assertThat(results.awaitResult(ResultQueue.detail("imageId", "img-webp"))
                        .detailType())
                .isEqualTo("ImageProcessed");
        assertThat(rejection(results, "img-html")).isEqualTo(RejectionReason.UNSUPPORTED_TYPE);
        assertThat(rejection(results, "img-huge")).isEqualTo(RejectionReason.TOO_LARGE);
        assertThat(s3.listObjectsV2(request -> request.bucket(bucket).prefix("renditions/"))
                        .keyCount())
                .isEqualTo(6);
        assertThat(run.logLines()).anySatisfy(line -> {
            assertThat(line.path("function").asString()).isEqualTo("image-resizer");
            assertThat(line.path("correlationId").asString()).isEqualTo("img-cmyk");
        });
    }

    @Test
    void paymentProcessorJarChargesDeclinesRepublishesAndLeavesTransientFailuresToBeRetried(
            LocalAws aws, DynamoDbClient dynamoDb, EventBridgeClient eventBridge, SqsClient sqs) throws Exception {
        String table = "payments-jar-" + UUID.randomUUID().toString().substring(0, 8);
        dynamoDb.createTable(request -> request.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        definition -> definition.attributeName("orderId").attributeType(ScalarAttributeType.S))
                .keySchema(key -> key.attributeName("orderId").keyType(KeyType.HASH)));
        ResultQueue results = ResultQueue.create(eventBridge, sqs, "tandem.payments");
        OrderPlaced charged = OrderMessages.order("tok_visa");
        OrderPlaced declined = OrderMessages.order("tok_chargeDeclined");
        OrderPlaced flaky = OrderMessages.order("tok_flaky");
        OrderPlaced claimedElsewhere = OrderMessages.order("tok_visa");
        OrderPlaced chargedBefore = OrderMessages.order("tok_visa");
        PaymentSucceeded storedOutcome = new PaymentSucceeded(
                UUID.randomUUID().toString(),
                Instant.now(),
                chargedBefore.correlationId(),
                PaymentSucceeded.VERSION,
                chargedBefore.orderId(),
                "pay_charged_before",
                chargedBefore.total());
        dynamoDb.putItem(request -> request.tableName(table).item(liveClaim(claimedElsewhere)));
        dynamoDb.putItem(request -> request.tableName(table).item(completed(chargedBefore, storedOutcome)));
        String malformed = LambdaFixtures.sqsEvent("batch-with-malformed-record.json")
                .getRecords()
                .get(1)
                .getBody();
        SQSEvent batch = LambdaFixtures.batchOf(
                "order-placed.json",
                List.of(
                        OrderMessages.body(charged),
                        OrderMessages.body(declined),
                        malformed,
                        OrderMessages.body(flaky),
                        OrderMessages.body(claimedElsewhere),
                        OrderMessages.body(chargedBefore)));

        DeploymentJarRun run = DeploymentJarRun.launch(
                "payment-processor.jar",
                "dev.tandem.functions.payments.PaymentProcessorHandler",
                LambdaFixtures.toJson(batch),
                environment(aws, Map.of("IDEMPOTENCY_TABLE_NAME", table, "EVENT_BUS_NAME", results.busName())),
                events);

        List<SQSEvent.SQSMessage> messages = batch.getRecords();
        assertThat(run.logLines())
                .as("the priming's SDK warm-up found its provider")
                .noneSatisfy(line -> assertThat(line.path("error").asString()).contains("DynamoDbWarmUpProvider"));
        assertThat(run.logLines())
                .as("every warm-up provider the jar names is in the jar")
                .noneSatisfy(line -> assertThat(line.path("message").asString()).contains("could not be loaded"));
        assertThat(run.failedMessageIds())
                .containsExactly(
                        messages.get(2).getMessageId(),
                        messages.get(3).getMessageId(),
                        messages.get(4).getMessageId());
        assertThat(result(results, charged)).isInstanceOf(PaymentSucceeded.class);
        assertThat(result(results, declined))
                .isInstanceOfSatisfying(PaymentFailed.class, failed -> assertThat(failed.reason())
                        .isEqualTo(PaymentFailureReason.CARD_DECLINED));
        assertThat(result(results, chargedBefore))
                .isInstanceOfSatisfying(PaymentSucceeded.class, republished -> assertThat(republished.paymentId())
                        .isEqualTo("pay_charged_before"));
        assertThat(run.logLinesOf(messages.get(2).getMessageId()))
                .anySatisfy(line -> assertThat(line.path("error").asString()).contains("orderId"));
        assertThat(run.logLinesOf(messages.get(3).getMessageId()))
                .anySatisfy(line -> assertThat(line.path("message").asString()).contains("provider unavailable"));
        assertThat(run.logLinesOf(messages.get(4).getMessageId()))
                .anySatisfy(line -> assertThat(line.path("message").asString()).contains("another delivery"));
        assertThat(dynamoDb.getItem(request -> request.tableName(table)
                                .key(Map.of("orderId", AttributeValue.fromS(flaky.orderId())))
                                .consistentRead(true))
                        .hasItem())
                .as("the flaky order's claim is released for the retry")
                .isFalse();
        assertThat(results.poll(ResultQueue.detail("orderId", flaky.orderId()))).isEmpty();
        assertThat(results.poll(ResultQueue.detail("orderId", claimedElsewhere.orderId())))
                .isEmpty();
    }

    private static String objectCreated(String bucket, String imageId) {
        return LambdaFixtures.sqsEvent("s3-object-created.json")
                .getRecords()
                .getFirst()
                .getBody()
                .replace("tandem-media-111122223333", bucket)
                .replace("img-01JD4X9T2M", imageId);
    }

    private RejectionReason rejection(ResultQueue results, String imageId) {
        return ((ImageRejected) codec.decode(results.awaitResult(ResultQueue.detail("imageId", imageId)))).reason();
    }

    private TandemEvent result(ResultQueue results, OrderPlaced order) {
        return codec.decode(results.awaitResult(ResultQueue.detail("orderId", order.orderId())));
    }

    /** The item of a claim that another, still running, delivery of the order holds. */
    private static Map<String, AttributeValue> liveClaim(OrderPlaced order) {
        return Map.of(
                "orderId", AttributeValue.fromS(order.orderId()),
                "status", AttributeValue.fromS("IN_PROGRESS"),
                "lockToken", AttributeValue.fromS("another-delivery"),
                "lockedUntil",
                        AttributeValue.fromN(Long.toString(
                                Instant.now().plus(Duration.ofMinutes(10)).toEpochMilli())));
    }

    /** The item of an order whose outcome an earlier delivery stored. */
    private Map<String, AttributeValue> completed(OrderPlaced order, TandemEvent outcome) {
        return Map.of(
                "orderId", AttributeValue.fromS(order.orderId()),
                "status", AttributeValue.fromS("COMPLETED"),
                "outcomeType", AttributeValue.fromS(outcome.type().detailType()),
                "outcome", AttributeValue.fromS(codec.toDetail(outcome)));
    }

    private static Map<String, String> environment(LocalAws aws, Map<String, String> function) {
        Map<String, String> environment = new HashMap<>(aws.environment());
        environment.putAll(function);
        return environment;
    }
}

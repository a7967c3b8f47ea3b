package dev.tandem.functions.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.tandem.events.EventCodec;
import dev.tandem.events.OrderPlaced;
import dev.tandem.events.PaymentFailed;
import dev.tandem.events.PaymentFailureReason;
import dev.tandem.events.PaymentSucceeded;
import dev.tandem.events.TandemEvent;
import dev.tandem.functions.platform.LambdaFixtures;
import dev.tandem.functions.platform.ResultQueue;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The payment-processor's handler against DynamoDB Local (the idempotency table), the local
 * EventBridge and SQS: every token's outcome, retries, redeliveries and a poison message.
 */
@ExtendWith(LocalAwsExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentProcessorIT {

    private final EventCodec codec = new EventCodec();
    private final SimulatedPaymentProvider provider = new SimulatedPaymentProvider();
    private final String table =
            "payments-idempotency-" + UUID.randomUUID().toString().substring(0, 8);
    private DynamoDbClient dynamoDb;
    private ResultQueue results;
    private PaymentProcessorHandler handler;

    @BeforeAll
    void createTableBusAndResultQueue(DynamoDbClient dynamoDb, EventBridgeClient eventBridge, SqsClient sqs) {
        this.dynamoDb = dynamoDb;
        dynamoDb.createTable(request -> request.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        definition -> definition.attributeName("orderId").attributeType(ScalarAttributeType.S))
                .keySchema(key -> key.attributeName("orderId").keyType(KeyType.HASH)));
        dynamoDb.updateTimeToLive(request -> request.tableName(table)
                .timeToLiveSpecification(ttl -> ttl.attributeName("expiresAt").enabled(true)));
        results = ResultQueue.create(eventBridge, sqs, "tandem.payments");
        handler = new PaymentProcessorHandler(
                dynamoDb, eventBridge, table, results.busName(), provider, Clock.systemUTC());
    }

    @ParameterizedTest
    @CsvSource({
        "tok_visa, PaymentSucceeded, ",
        "tok_chargeDeclined, PaymentFailed, CARD_DECLINED",
        "tok_insufficientFunds, PaymentFailed, INSUFFICIENT_FUNDS",
        "tok_expiredOrForged, PaymentFailed, INVALID_TOKEN"
    })
    void publishesEachTokensOutcomeWithTheOrdersCorrelationId(
            String token, String outcome, PaymentFailureReason reason) {
        OrderPlaced order = OrderMessages.order(token);

        SQSBatchResponse response = handler.handleRequest(OrderMessages.delivery(order), context());

        assertThat(response.getBatchItemFailures()).isEmpty();
        TandemEvent result = resultFor(order);
        assertThat(result.type().detailType()).isEqualTo(outcome);
        assertThat(result.correlationId()).isEqualTo(order.correlationId());
        switch (result) {
            case PaymentSucceeded succeeded -> {
                assertThat(succeeded.amount()).isEqualTo(order.total());
                assertThat(succeeded.paymentId()).startsWith("pay_");
            }
            case PaymentFailed failed -> assertThat(failed.reason()).isEqualTo(reason);
            default -> throw new AssertionError("unexpected " + result);
        }
        assertThat(idempotencyItem(order).get("status").s()).isEqualTo("COMPLETED");
    }

    @Test
    void retriesAFlakyProviderThroughSqsAndChargesOnTheRetry() {
        OrderPlaced order = OrderMessages.order("tok_flaky");
        SQSEvent delivery = OrderMessages.delivery(order);

        SQSBatchResponse first = handler.handleRequest(delivery, context());
        SQSBatchResponse retry = handler.handleRequest(delivery, context());

        assertThat(first.getBatchItemFailures()).hasSize(1);
        assertThat(retry.getBatchItemFailures()).isEmpty();
        assertThat(resultFor(order)).isInstanceOf(PaymentSucceeded.class);
        assertThat(provider.requestsFor(order.orderId())).isEqualTo(2);
    }

    @Test
    void answersADuplicateOfACompletedOrderWithTheStoredOutcomeAndNoNewCharge() {
        OrderPlaced order = OrderMessages.order("tok_visa");

        handler.handleRequest(OrderMessages.delivery(order), context());
        SQSBatchResponse duplicate = handler.handleRequest(OrderMessages.delivery(order), context());

        assertThat(duplicate.getBatchItemFailures()).isEmpty();
        List<TandemEvent> published = results.awaitResults(2, ResultQueue.detail("orderId", order.orderId())).stream()
                .map(codec::decode)
                .toList();
        assertThat(published.get(1))
                .usingRecursiveComparison()
                .ignoringFields("occurredAt")
                .isEqualTo(published.get(0));
        assertThat(provider.requestsFor(order.orderId())).isEqualTo(1);
    }

    @Test
    void storesTheOutcomeWithATimeToLiveOfFourteenDays() {
        OrderPlaced order = OrderMessages.order("tok_visa");

        handler.handleRequest(OrderMessages.delivery(order), context());

        long expiresAt = Long.parseLong(idempotencyItem(order).get("expiresAt").n());
        assertThat(Instant.ofEpochSecond(expiresAt))
                .isBetween(
                        Instant.now().plus(Duration.ofDays(14)).minusSeconds(120),
                        Instant.now().plus(Duration.ofDays(14)));
    }

    @Test
    void takesOverAClaimWhoseInvocationHasTimedOut() {
        OrderPlaced order = OrderMessages.order("tok_visa");
        putInProgressClaim(order, Instant.now().minusSeconds(1));

        SQSBatchResponse response = handler.handleRequest(OrderMessages.delivery(order), context());

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(resultFor(order)).isInstanceOf(PaymentSucceeded.class);
    }

    @Test
    void leavesALiveClaimAloneAndFailsTheDuplicateSoThatItIsRetriedLater() {
        OrderPlaced order = OrderMessages.order("tok_visa");
        putInProgressClaim(order, Instant.now().plusSeconds(600));

        SQSBatchResponse response = handler.handleRequest(OrderMessages.delivery(order), context());

        assertThat(response.getBatchItemFailures()).hasSize(1);
        assertThat(provider.requestsFor(order.orderId())).isZero();
        assertThat(results.poll(ResultQueue.detail("orderId", order.orderId()))).isEmpty();
    }

    @Test
    void failsOnlyTheMalformedRecordOfABatch() {
        SQSEvent batch = LambdaFixtures.sqsEvent("batch-with-malformed-record.json");

        SQSBatchResponse response = handler.handleRequest(batch, context());

        assertThat(response.getBatchItemFailures())
                .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("a1c4e7f0-2222-4c2b-8d3e-000000000002");
        assertThat(codec.decode(results.awaitResult(ResultQueue.detail("orderId", "ord-01JD5A0001"))))
                .isInstanceOf(PaymentSucceeded.class);
        assertThat(codec.decode(results.awaitResult(ResultQueue.detail("orderId", "ord-01JD5A0003"))))
                .isInstanceOf(PaymentFailed.class);
    }

    private TandemEvent resultFor(OrderPlaced order) {
        return codec.decode(results.awaitResult(ResultQueue.detail("orderId", order.orderId())));
    }

    private Map<String, AttributeValue> idempotencyItem(OrderPlaced order) {
        return dynamoDb.getItem(request -> request.tableName(table)
                        .key(Map.of("orderId", AttributeValue.fromS(order.orderId())))
                        .consistentRead(true))
                .item();
    }

    private void putInProgressClaim(OrderPlaced order, Instant lockedUntil) {
        dynamoDb.putItem(request -> request.tableName(table)
                .item(Map.of(
                        "orderId", AttributeValue.fromS(order.orderId()),
                        "status", AttributeValue.fromS("IN_PROGRESS"),
                        "lockToken", AttributeValue.fromS("another-delivery"),
                        "lockedUntil", AttributeValue.fromN(Long.toString(lockedUntil.toEpochMilli())),
                        "expiresAt",
                                AttributeValue.fromN(Long.toString(
                                        Instant.now().plus(Duration.ofDays(14)).getEpochSecond())))));
    }

    private static Context context() {
        return LambdaFixtures.context(Duration.ofSeconds(60));
    }
}

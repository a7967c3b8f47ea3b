package dev.tandem.functions.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.tandem.events.EventCodec;
import dev.tandem.events.OrderPlaced;
import dev.tandem.events.PaymentSucceeded;
import dev.tandem.events.TandemEvent;
import dev.tandem.functions.platform.LambdaFixtures;
import dev.tandem.functions.platform.ResultQueue;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * At-least-once delivery at its worst: ten deliveries of one order processed at the same moment,
 * as ten concurrent execution environments would. Exactly one reaches the provider; the others
 * either find the outcome stored or fail and come back, as SQS would bring them, until all are done.
 */
@ExtendWith(LocalAwsExtension.class)
class ConcurrentDeliveriesIT {

    private static final int DELIVERIES = 10;

    @Test
    void chargesAnOrderOnceWhenTenDeliveriesArriveTogether(
            DynamoDbClient dynamoDb, EventBridgeClient eventBridge, SqsClient sqs) throws Exception {
        String table = "payments-concurrency-" + UUID.randomUUID().toString().substring(0, 8);
        dynamoDb.createTable(request -> request.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        definition -> definition.attributeName("orderId").attributeType(ScalarAttributeType.S))
                .keySchema(key -> key.attributeName("orderId").keyType(KeyType.HASH)));
        ResultQueue results = ResultQueue.create(eventBridge, sqs, "tandem.payments");
        SimulatedPaymentProvider provider = new SimulatedPaymentProvider();
        PaymentProcessorHandler handler = new PaymentProcessorHandler(
                dynamoDb, eventBridge, table, results.busName(), provider, Clock.systemUTC());
        OrderPlaced order = OrderMessages.order("tok_visa");

        List<SQSEvent> pending = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            pending.add(OrderMessages.delivery(order));
        }
        int rounds = 0;
        while (!pending.isEmpty()) {
            assertThat(++rounds).as("delivery rounds").isLessThanOrEqualTo(DELIVERIES);
            pending = deliverAtOnce(handler, pending);
        }

        assertThat(provider.requestsFor(order.orderId())).isEqualTo(1);
        EventCodec codec = new EventCodec();
        List<TandemEvent> published =
                results.awaitResults(DELIVERIES, ResultQueue.detail("orderId", order.orderId())).stream()
                        .map(codec::decode)
                        .toList();
        assertThat(published).allSatisfy(event -> assertThat(event).isInstanceOf(PaymentSucceeded.class));
        assertThat(published)
                .extracting(TandemEvent::eventId)
                .containsOnly(published.getFirst().eventId());
    }

    /** Runs every delivery in its own thread, released together; returns those that failed. */
    private static List<SQSEvent> deliverAtOnce(PaymentProcessorHandler handler, List<SQSEvent> deliveries)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SQSBatchResponse>> responses = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(deliveries.size())) {
            for (SQSEvent delivery : deliveries) {
                Callable<SQSBatchResponse> invocation = () -> {
                    start.await();
                    return handler.handleRequest(delivery, LambdaFixtures.context(Duration.ofSeconds(60)));
                };
                responses.add(threads.submit(invocation));
            }
            start.countDown();
            List<SQSEvent> failed = new ArrayList<>();
            for (int i = 0; i < deliveries.size(); i++) {
                if (!responses.get(i).get().getBatchItemFailures().isEmpty()) {
                    failed.add(deliveries.get(i));
                }
            }
            return failed;
        }
    }
}

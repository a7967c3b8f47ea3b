package dev.tandem.catalog.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.catalog.AwsError;
import dev.tandem.catalog.CatalogApi;
import dev.tandem.catalog.CatalogIntegrationTest;
import dev.tandem.catalog.FaultInjectingAsyncHttpClient;
import dev.tandem.catalog.LocalCloudResources;
import dev.tandem.catalog.TestEvents;
import dev.tandem.events.PaymentFailed;
import dev.tandem.events.PaymentFailureReason;
import dev.tandem.events.PaymentSucceeded;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.JsonNode;

/**
 * The payment-processor's results, delivered as EventBridge delivers them: more than once, in any
 * order, and now and then as something unreadable.
 */
@ExtendWith(OutputCaptureExtension.class)
class InboxIT extends CatalogIntegrationTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    @Autowired
    private FaultInjectingAsyncHttpClient sqsWire;

    @Test
    void marksAnOrderPaidOnceAndNeverTakesItBack(EventBridgeClient bus, CapturedOutput output) {
        Order order = placeOrder(10, 2);
        PaymentSucceeded paid = TestEvents.paymentSucceeded(order.id(), order.totalCents());
        PaymentFailed lateFailure = TestEvents.paymentFailed(order.id(), PaymentFailureReason.CARD_DECLINED);

        TestEvents.publish(bus, paid);
        TestEvents.publish(bus, paid);
        await().atMost(DEADLINE).until(() -> TestEvents.timesHandled(output, paid) == 2);
        TestEvents.publish(bus, lateFailure);
        await().atMost(DEADLINE).until(() -> TestEvents.timesHandled(output, lateFailure) == 1);

        JsonNode after = api().get("/api/orders/" + order.id()).json();
        assertThat(after.at("/status").asString()).isEqualTo("PAID");
        assertThat(after.at("/failureReason").isNull()).isTrue();
        assertThat(stockOf(order.productId())).isEqualTo(8);
    }

    @Test
    void releasesTheStockOfAFailedPaymentExactlyOnce(EventBridgeClient bus, CapturedOutput output) {
        Order order = placeOrder(10, 4);
        PaymentFailed failed = TestEvents.paymentFailed(order.id(), PaymentFailureReason.INSUFFICIENT_FUNDS);
        PaymentSucceeded lateSuccess = TestEvents.paymentSucceeded(order.id(), order.totalCents());

        for (int delivery = 0; delivery < 3; delivery++) {
            TestEvents.publish(bus, failed);
        }
        await().atMost(DEADLINE).until(() -> TestEvents.timesHandled(output, failed) == 3);
        TestEvents.publish(bus, lateSuccess);
        await().atMost(DEADLINE).until(() -> TestEvents.timesHandled(output, lateSuccess) == 1);

        JsonNode after = api().get("/api/orders/" + order.id()).json();
        assertThat(after.at("/status").asString()).isEqualTo("PAYMENT_FAILED");
        assertThat(after.at("/failureReason").asString()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(stockOf(order.productId())).isEqualTo(10);
    }

    @Test
    void sendsAnUnreadableMessageToTheDeadLetterQueueWithoutHoldingUpTheOthers(EventBridgeClient bus, SqsClient sqs) {
        String garbage = "not an event " + UUID.randomUUID();
        String inbox = sqs.getQueueUrl(request -> request.queueName(LocalCloudResources.INBOX_QUEUE))
                .queueUrl();
        String deadLetters = sqs.getQueueUrl(request -> request.queueName(LocalCloudResources.INBOX_DLQ))
                .queueUrl();
        Order order = placeOrder(5, 1);

        sqs.sendMessage(message -> message.queueUrl(inbox).messageBody(garbage));
        TestEvents.publish(bus, TestEvents.paymentSucceeded(order.id(), order.totalCents()));

        await().atMost(DEADLINE)
                .until(
                        () -> api().get("/api/orders/" + order.id())
                                .json()
                                .at("/status")
                                .asString(),
                        "PAID"::equals);
        await().atMost(DEADLINE).until(() -> receiveAll(sqs, deadLetters).stream()
                .anyMatch(message -> message.body().equals(garbage)));
    }

    /**
     * Spring Cloud AWS logs a failed poll, backs off (exponentially, 1 s doubling to 10 s by
     * default) and polls again: the listener container never stops on receive failures.
     */
    @Test
    void keepsPollingThroughTwentySecondsOfFailedReceivesAndThenHandlesEveryMessage(EventBridgeClient bus) {
        List<Order> orders = List.of(placeOrder(5, 1), placeOrder(5, 1), placeOrder(5, 1));
        sqsWire.answerFor(
                FaultInjectingAsyncHttpClient.SQS_RECEIVE_MESSAGE,
                AwsError.sqs(500, "InternalFailure", "We encountered an internal error. Please try again."),
                OUTAGE);

        orders.forEach(order -> TestEvents.publish(bus, TestEvents.paymentSucceeded(order.id(), order.totalCents())));

        await().atMost(OUTAGE.plus(DEADLINE)).untilAsserted(() -> assertThat(orders)
                .allSatisfy(order -> assertThat(statusOf(order)).isEqualTo("PAID")));
        assertThat(sqsWire.faultsInjected(FaultInjectingAsyncHttpClient.SQS_RECEIVE_MESSAGE))
                .as("failed receives, retried by the SDK and then by the container")
                .isGreaterThan(3);
    }

    private String statusOf(Order order) {
        return api().get("/api/orders/" + order.id()).json().at("/status").asString();
    }

    private record Order(String id, String productId, long totalCents) {}

    private Order placeOrder(int stock, int quantity) {
        String product = api().createProduct(700, "EUR", stock).at("/id").asString();
        CatalogApi.Response placed = api().sendJson(
                        "POST",
                        "/api/orders",
                        Map.of(
                                "items", List.of(Map.of("productId", product, "quantity", quantity)),
                                "paymentToken", "tok_visa",
                                "customerEmail", "ada@example.com"));
        assertThat(placed.status()).isEqualTo(201);
        return new Order(
                placed.json().at("/orderId").asString(),
                product,
                placed.json().at("/totalCents").asLong());
    }

    private int stockOf(String productId) {
        return api().get("/api/products/" + productId).json().at("/stock").asInt();
    }

    private static List<Message> receiveAll(SqsClient sqs, String queueUrl) {
        return sqs.receiveMessage(request ->
                        request.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
                .messages();
    }
}

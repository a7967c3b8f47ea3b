package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import tools.jackson.databind.JsonNode;

/**
 * SQS delivers at least once; the payment must still happen once. The very envelope EventBridge delivered is
 * captured by a tap on the bus and put on the payment-jobs queue five more times, in one batch.
 */
@Scenario
class ExactlyOnceScenarioIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private final Shop shop;
    private final Deployment deployment;

    ExactlyOnceScenarioIT(RunningTandem tandem) {
        this.shop = new Shop(tandem);
        this.deployment = new Deployment(tandem);
    }

    @AfterEach
    void closeClients() {
        deployment.close();
    }

    @Test
    void theSameOrderPlacedDeliveredFiveMoreTimesChargesOnce() {
        try (EventTap tap = EventTap.on(deployment, "OrderPlaced", "PaymentSucceeded")) {
            String productId = shop.createProduct(5);
            String orderId = shop.placeOrder(productId, 2, "tok_visa");
            String envelope = await().atMost(DEADLINE).until(() -> orderPlacedBody(tap, orderId), body -> body != null);
            assertThat(shop.settled(orderId).path("status").asString()).isEqualTo("PAID");

            String queue = deployment.queueUrl("payment-jobs");
            deployment.sqs().sendMessageBatch(r -> r.queueUrl(queue)
                    .entries(IntStream.range(0, 5)
                            .mapToObj(i -> SendMessageBatchRequestEntry.builder()
                                    .id("again-" + i)
                                    .messageBody(envelope)
                                    .build())
                            .toList()));

            await().atMost(DEADLINE).untilAsserted(() -> assertThat(deployment.unsettledMessages("payment-jobs"))
                    .as("all five duplicates handled and deleted")
                    .isZero());
            await().atMost(DEADLINE).untilAsserted(() -> assertThat(deployment.unsettledMessages("catalog-inbox"))
                    .isZero());
            List<JsonNode> payments = tap.about(orderId).stream()
                    .filter(e -> e.path("detail-type").asString().equals("PaymentSucceeded"))
                    .toList();
            assertThat(payments).isNotEmpty();
            assertThat(payments.stream()
                            .map(e -> e.path("detail").path("paymentId").asString())
                            .distinct())
                    .as("one charge, however often it is announced")
                    .hasSize(1);
            assertThat(deployment.paymentRecords(orderId))
                    .singleElement()
                    .satisfies(item -> assertThat(item.get("status").s()).isEqualTo("COMPLETED"));
            assertThat(shop.orderStatus(orderId).path("status").asString()).isEqualTo("PAID");
            assertThat(shop.stock(productId)).isEqualTo(3);
            assertThat(deployment.deadLettersMentioning(orderId)).isEmpty();
        }
    }

    private static String orderPlacedBody(EventTap tap, String orderId) {
        return tap.bodies().stream()
                .filter(body -> body.contains(orderId) && body.contains("\"OrderPlaced\""))
                .findFirst()
                .orElse(null);
    }
}

package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The payment-processor's JVM is killed in the middle of a batch: right after it charged the batch's first order
 * and stored the result, as it publishes it. Lambda would return the whole batch to the queue; the idempotency
 * records make the redelivery publish the stored result and charge the rest, so every order is charged exactly
 * once.
 *
 * <p>A batch comes back only after the queue's visibility timeout (90 s in the template); the drill lowers it to
 * just over the function's 15 s timeout, so that the killed invocation's claims have expired by then, and restores
 * it afterwards (sandbox only on AWS, as in the dead-letter scenario).
 */
@Drill
class PaymentCrashDrillIT {

    private static final int ORDERS = 10;
    private static final String SHORT_VISIBILITY = "16";

    @AutoClose
    private final DrillScene scene;

    PaymentCrashDrillIT(RunningTandem tandem) {
        this.scene = new DrillScene(tandem);
    }

    @Test
    void everyOrderOfABatchWhoseProcessorWasKilledIsChargedExactlyOnce() {
        String queue = scene.deployment().queueUrl("payment-jobs");
        String deployedVisibility = scene.deployment().queueAttribute(queue, QueueAttributeName.VISIBILITY_TIMEOUT);
        setVisibility(queue, SHORT_VISIBILITY);
        try (EventTap tap = EventTap.on(scene.deployment(), "PaymentSucceeded")) {
            String productId = scene.shop().createProduct(ORDERS);
            scene.faults().inject("""
                    {"service":"events","action":"PutEvents","principal":"*PaymentProcessorRole*",\
                    "crash":true,"times":1}""");
            Instant placed = Instant.now();
            List<String> orders = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                orders.add(scene.shop().placeOrder(productId, 1, "tok_visa"));
            }

            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(orders).allSatisfy(order -> assertThat(scene.shop()
                                    .orderStatus(order)
                                    .path("status")
                                    .asString())
                            .isEqualTo("PAID")));
            Duration toPaid = Duration.between(placed, Instant.now());

            assertThat(scene.faults().fired())
                    .as("the processor was killed once")
                    .isEqualTo(1);
            for (String order : orders) {
                assertThat(scene.deployment().paymentRecords(order))
                        .singleElement()
                        .satisfies(item -> assertThat(item.get("status").s()).isEqualTo("COMPLETED"));
                assertThat(tap.about(order).stream()
                                .map(event ->
                                        event.path("detail").path("paymentId").asString())
                                .distinct())
                        .as("one charge for order %s, however often it was announced", order)
                        .hasSize(1);
            }
            assertThat(scene.deployment().deadLettersMentioning(productId)).isEmpty();
            long announcements =
                    orders.stream().mapToLong(order -> tap.about(order).size()).sum();
            new DrillFigures("the payment-processor's JVM is killed in the middle of a batch")
                    .put("orders paid", ORDERS + " of " + ORDERS + ", each charged exactly once")
                    .put("PaymentSucceeded announcements", announcements + " (redeliveries re-announce)")
                    .put("placed to all PAID", toPaid)
                    .print();
        } finally {
            setVisibility(queue, deployedVisibility);
        }
    }

    private void setVisibility(String queue, String seconds) {
        scene.deployment().sqs().setQueueAttributes(r -> r.queueUrl(queue)
                .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, seconds)));
    }
}

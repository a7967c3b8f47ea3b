package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * SQS fails the service's {@code ReceiveMessage} on its inbox for 20 s while payments and renditions are reported
 * there. The results wait on the queue; once SQS answers again the service applies every one: nothing is lost,
 * nothing dead-lettered.
 */
@Drill
class InboxOutageDrillIT {

    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final int ORDERS = 10;

    @AutoClose
    private final DrillScene scene;

    InboxOutageDrillIT(RunningTandem tandem) {
        this.scene = new DrillScene(tandem);
    }

    @Test
    void resultsReportedWhileTheInboxCannotBeReadAreAllAppliedAfterwards() {
        String productId = scene.shop().createProduct(ORDERS);
        scene.faults().inject("""
                {"service":"sqs","action":"ReceiveMessage","principal":"*InstanceRole*",\
                "error":"InternalFailure","for":"%ds"}""".formatted(OUTAGE.toSeconds()));
        Instant outageEnds = Instant.now().plus(OUTAGE);

        List<String> orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            orders.add(scene.shop().placeOrder(productId, 1, "tok_visa"));
        }
        String image = scene.shop().uploadImage(productId, "image/jpeg", TestImages.jpeg(800, 600));

        await().atMost(OUTAGE.plus(Duration.ofSeconds(90)))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    assertThat(orders).allSatisfy(order -> assertThat(scene.shop()
                                    .orderStatus(order)
                                    .path("status")
                                    .asString())
                            .isEqualTo("PAID"));
                    assertThat(scene.shop().settledImage(image).path("status").asString())
                            .isEqualTo("READY");
                });
        Duration recovery = Duration.between(outageEnds, Instant.now());

        assertThat(scene.deployment().unsettledMessages("catalog-inbox")).isZero();
        assertThat(scene.deployment().peek("catalog-inbox-dlq")).isEmpty();
        int refused = scene.faults().fired();
        assertThat(refused).as("the listener kept polling during the outage").isPositive();
        new DrillFigures("SQS ReceiveMessage on the inbox fails for " + OUTAGE.toSeconds() + " s")
                .put("results applied", ORDERS + " payments and 1 image, none lost")
                .put("ReceiveMessage calls refused", refused)
                .put("all applied after the outage ended", recovery.isNegative() ? Duration.ZERO : recovery)
                .put("messages dead-lettered", 0)
                .print();
    }
}

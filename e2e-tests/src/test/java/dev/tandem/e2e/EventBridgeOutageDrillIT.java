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
 * EventBridge refuses the service's {@code PutEvents} for 30 s while 50 orders are placed. The orders are taken all
 * the same (the outbox holds their {@code OrderPlaced} events), and once EventBridge answers again the relay
 * publishes every one: every order ends {@code PAID}, charged once.
 */
@Drill
class EventBridgeOutageDrillIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final int ORDERS = 50;

    @AutoClose
    private final DrillScene scene;

    EventBridgeOutageDrillIT(RunningTandem tandem) {
        this.scene = new DrillScene(tandem);
    }

    @Test
    void everyOrderPlacedDuringAPutEventsOutageIsPaidOnceAfterIt() {
        String productId = scene.shop().createProduct(ORDERS);
        scene.faults().inject("""
                {"service":"events","action":"PutEvents","principal":"*InstanceRole*",\
                "error":"InternalFailure","for":"%ds"}""".formatted(OUTAGE.toSeconds()));
        Instant outageEnds = Instant.now().plus(OUTAGE);

        List<String> orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            orders.add(scene.shop().placeOrder(productId, 1, "tok_visa"));
        }
        assertThat(Instant.now()).as("all orders placed within the outage").isBefore(outageEnds);
        assertThat(scene.shop().orderStatus(orders.getLast()).path("status").asString())
                .as("no payment while the bus refuses the order's event")
                .isEqualTo("PENDING_PAYMENT");

        await().atMost(OUTAGE.plus(Duration.ofSeconds(90)))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(orders).allSatisfy(order -> assertThat(
                                scene.shop().orderStatus(order).path("status").asString())
                        .isEqualTo("PAID")));
        Duration recovery = Duration.between(outageEnds, Instant.now());

        assertThat(orders).allSatisfy(order -> assertThat(scene.deployment().paymentRecords(order))
                .as("one payment record for order %s", order)
                .singleElement()
                .satisfies(item -> assertThat(item.get("status").s()).isEqualTo("COMPLETED")));
        assertThat(scene.shop().stock(productId)).isZero();
        int refused = scene.faults().fired();
        assertThat(refused).as("the relay kept trying during the outage").isPositive();
        new DrillFigures("EventBridge PutEvents fails for " + OUTAGE.toSeconds() + " s while " + ORDERS
                        + " orders are placed")
                .put("orders paid", orders.size() + " of " + ORDERS + ", each charged once")
                .put("PutEvents calls refused", refused)
                .put("all paid after the outage ended", recovery.isNegative() ? Duration.ZERO : recovery)
                .print();
    }
}

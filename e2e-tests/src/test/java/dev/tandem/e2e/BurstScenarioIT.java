package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Two hundred shoppers at once: every order settles, none is lost, none is charged twice. */
@Scenario
class BurstScenarioIT {

    private static final int ORDERS = 200;
    private static final Duration DEADLINE = Duration.ofMinutes(3);

    private final Shop shop;
    private final Deployment deployment;

    BurstScenarioIT(RunningTandem tandem) {
        this.shop = new Shop(tandem);
        this.deployment = new Deployment(tandem);
    }

    @AfterEach
    void closeClients() {
        deployment.close();
    }

    /** One placed order and what its card should lead to. */
    private record Placed(String productId, String orderId, String expectedStatus) {}

    @Test
    void twoHundredConcurrentOrdersAllSettleExactlyOnce() throws Exception {
        try (EventTap tap = EventTap.on(deployment, "PaymentSucceeded");
                ExecutorService shoppers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Placed>> futures = IntStream.range(0, ORDERS)
                    .mapToObj(i -> shoppers.submit(() -> place(i % 10 == 0)))
                    .toList();
            List<Placed> placed = futures.stream().map(BurstScenarioIT::join).toList();

            assertThat(placed.stream().map(Placed::orderId).distinct()).hasSize(ORDERS);
            await().atMost(DEADLINE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(placed)
                    .allSatisfy(order -> assertThat(shop.orderStatus(order.orderId())
                                    .path("status")
                                    .asString())
                            .isIn(Shop.TERMINAL)));

            await().atMost(Shop.SETTLE).untilAsserted(() -> assertSettledOnce(placed, tap));
        }
    }

    private void assertSettledOnce(List<Placed> placed, EventTap tap) {
        Map<String, List<JsonNode>> charges = tap.envelopes().stream()
                .collect(Collectors.groupingBy(
                        e -> e.path("detail").path("orderId").asString()));
        for (Placed order : placed) {
            assertThat(shop.orderStatus(order.orderId()).path("status").asString())
                    .isEqualTo(order.expectedStatus());
            long paymentIds = charges.getOrDefault(order.orderId(), List.of()).stream()
                    .map(e -> e.path("detail").path("paymentId").asString())
                    .distinct()
                    .count();
            assertThat(paymentIds)
                    .as("charges for %s", order.orderId())
                    .isEqualTo(order.expectedStatus().equals("PAID") ? 1 : 0);
        }
        Map<Integer, Long> stockLeft = placed.stream()
                .collect(Collectors.groupingBy(order -> shop.stock(order.productId()), Collectors.counting()));
        long paid =
                placed.stream().filter(p -> p.expectedStatus().equals("PAID")).count();
        assertThat(stockLeft).containsExactlyInAnyOrderEntriesOf(Map.of(2, paid, 3, ORDERS - paid));
    }

    private Placed place(boolean declined) {
        String productId = shop.createProduct(3);
        String orderId = shop.placeOrder(productId, 1, declined ? "tok_chargeDeclined" : "tok_visa");
        return new Placed(productId, orderId, declined ? "PAYMENT_FAILED" : "PAID");
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException("an order could not be placed", e);
        }
    }
}

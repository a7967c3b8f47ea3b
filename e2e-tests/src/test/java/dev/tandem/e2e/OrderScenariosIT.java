package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An order's life through the API: payment outcome, stock, idempotent retries and running out. */
@Scenario
class OrderScenariosIT {

    private final Shop shop;

    OrderScenariosIT(RunningTandem tandem) {
        this.shop = new Shop(tandem);
    }

    @Test
    void anOrderWithAGoodCardIsPaidAndKeepsItsStockTaken() {
        String productId = shop.createProduct(5);

        JsonNode order = shop.settled(shop.placeOrder(productId, 2, "tok_visa"));

        assertThat(order.path("status").asString()).isEqualTo("PAID");
        assertThat(order.path("failureReason").isNull()
                        || order.path("failureReason").isMissingNode())
                .isTrue();
        assertThat(order.path("totalCents").asLong()).isEqualTo(2500);
        assertThat(shop.stock(productId)).isEqualTo(3);
    }

    @Test
    void aDeclinedCardFailsThePaymentAndPutsTheStockBack() {
        String productId = shop.createProduct(5);

        JsonNode order = shop.settled(shop.placeOrder(productId, 2, "tok_chargeDeclined"));

        assertThat(order.path("status").asString()).isEqualTo("PAYMENT_FAILED");
        assertThat(order.path("failureReason").asString()).isEqualTo("CARD_DECLINED");
        await().atMost(Shop.SETTLE)
                .untilAsserted(() -> assertThat(shop.stock(productId)).isEqualTo(5));
    }

    @Test
    void retryingWithTheSameIdempotencyKeyReturnsTheSameOrderAndChargesStockOnce() {
        String productId = shop.createProduct(5);
        String key = UUID.randomUUID().toString();
        String body = Shop.orderBody(productId, 2, "tok_visa");

        TandemApi.Response first = shop.order(body, key);
        TandemApi.Response retry = shop.order(body, key);
        TandemApi.Response otherBody = shop.order(Shop.orderBody(productId, 1, "tok_visa"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        String orderId = first.body().path("orderId").asString();
        assertThat(retry.body().path("orderId").asString()).isEqualTo(orderId);
        assertThat(otherBody.status()).as("same key, other body").isEqualTo(422);
        assertThat(shop.settled(orderId).path("status").asString()).isEqualTo("PAID");
        assertThat(shop.stock(productId)).isEqualTo(3);
    }

    @Test
    void orderingMoreThanIsInStockIsAConflictThatTakesNothing() {
        String productId = shop.createProduct(1);

        TandemApi.Response refused = shop.order(productId, 2, "tok_visa");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("type").asString()).endsWith("/out-of-stock");
        assertThat(shop.stock(productId)).isEqualTo(1);
    }
}

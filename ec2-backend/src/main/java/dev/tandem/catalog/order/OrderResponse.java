package dev.tandem.catalog.order;

import dev.tandem.events.PaymentFailureReason;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * An order as the API shows it.
 *
 * @param failureReason why the payment failed; null unless {@code PAYMENT_FAILED}
 */
record OrderResponse(
        String orderId,
        OrderStatus status,
        List<Item> items,
        long totalCents,
        String currency,
        Instant createdAt,
        @Schema(nullable = true) PaymentFailureReason failureReason) {

    /** Named for the document: {@link PlaceOrderRequest.Item} is another shape with the same simple name. */
    @Schema(name = "OrderLine")
    record Item(String productId, int quantity, long unitPriceCents) {}

    static OrderResponse of(Order order) {
        return new OrderResponse(
                order.id(),
                order.status(),
                order.lines().stream()
                        .map(line -> new Item(line.productId(), line.quantity(), line.unitPriceCents()))
                        .toList(),
                order.totalCents(),
                order.currency(),
                order.createdAt(),
                order.failureReason());
    }
}

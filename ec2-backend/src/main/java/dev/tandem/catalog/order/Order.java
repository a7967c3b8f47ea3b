package dev.tandem.catalog.order;

import dev.tandem.events.Money;
import dev.tandem.events.OrderLine;
import dev.tandem.events.OrderPlaced;
import dev.tandem.events.PaymentFailureReason;
import java.time.Instant;
import java.util.List;

/**
 * An order as stored: one item of the orders table. The payment token is not kept here; it
 * travels only in the {@code OrderPlaced} event, to the payment-processor.
 *
 * @param lines what was ordered, each at the unit price when the order was placed
 * @param paymentId the payment-processor's charge, once {@code PAID}
 * @param failureReason why the charge failed, once {@code PAYMENT_FAILED}
 * @param correlationId the id of the request that placed the order
 */
record Order(
        String id,
        OrderStatus status,
        List<Line> lines,
        long totalCents,
        String currency,
        String customerEmail,
        String paymentId,
        PaymentFailureReason failureReason,
        String correlationId,
        Instant createdAt,
        Instant updatedAt) {

    Order {
        lines = List.copyOf(lines);
    }

    /** The announcement that this order was placed, carrying the payment token the customer gave. */
    OrderPlaced placedEvent(String eventId, String paymentToken) {
        List<OrderLine> eventLines = lines.stream()
                .map(line ->
                        new OrderLine(line.productId(), line.quantity(), new Money(line.unitPriceCents(), currency)))
                .toList();
        return new OrderPlaced(
                eventId,
                createdAt,
                correlationId,
                OrderPlaced.VERSION,
                id,
                eventLines,
                new Money(totalCents, currency),
                paymentToken);
    }

    record Line(String productId, int quantity, long unitPriceCents) {}
}

package dev.tandem.events;

import java.time.Instant;
import java.util.List;

/**
 * The catalog service accepted an order and reserved its stock; the payment-processor is to charge
 * it. Published by the service's outbox relay, so it may arrive more than once.
 *
 * @param paymentToken an opaque token from the payment provider's client-side form, never card data
 */
public record OrderPlaced(
        String eventId,
        Instant occurredAt,
        String correlationId,
        int version,
        String orderId,
        List<OrderLine> lines,
        Money total,
        String paymentToken)
        implements TandemEvent {

    public static final int VERSION = 1;

    public OrderPlaced {
        Fields.header(eventId, occurredAt, correlationId, version, VERSION);
        Fields.requiredText(orderId, "orderId");
        lines = Fields.requiredList(lines, "lines");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("field 'lines' must hold at least one line");
        }
        Fields.required(total, "total");
        Fields.requiredText(paymentToken, "paymentToken");
    }
}

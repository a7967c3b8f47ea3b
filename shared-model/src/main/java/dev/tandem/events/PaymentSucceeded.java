package dev.tandem.events;

import java.time.Instant;

/**
 * The payment provider charged an order.
 *
 * @param paymentId the provider's identifier of the charge
 */
public record PaymentSucceeded(
        String eventId,
        Instant occurredAt,
        String correlationId,
        int version,
        String orderId,
        String paymentId,
        Money amount)
        implements TandemEvent {

    public static final int VERSION = 1;

    public PaymentSucceeded {
        Fields.header(eventId, occurredAt, correlationId, version, VERSION);
        Fields.requiredText(orderId, "orderId");
        Fields.requiredText(paymentId, "paymentId");
        Fields.required(amount, "amount");
    }
}

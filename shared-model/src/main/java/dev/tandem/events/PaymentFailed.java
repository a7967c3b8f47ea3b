package dev.tandem.events;

import java.time.Instant;

/** The payment provider refused to charge an order; the service releases the order's stock. */
public record PaymentFailed(
        String eventId,
        Instant occurredAt,
        String correlationId,
        int version,
        String orderId,
        PaymentFailureReason reason)
        implements TandemEvent {

    public static final int VERSION = 1;

    public PaymentFailed {
        Fields.header(eventId, occurredAt, correlationId, version, VERSION);
        Fields.requiredText(orderId, "orderId");
        Fields.required(reason, "reason");
    }
}

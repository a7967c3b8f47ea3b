package dev.tandem.events;

import java.time.Instant;

/**
 * An event that the catalog service and the Lambda functions exchange over the {@code tandem} bus.
 *
 * <p>Every event carries the same four header fields in its EventBridge {@code detail}: a unique
 * {@code eventId} (consumers use it to recognise redeliveries), the time it {@code occurredAt}, the
 * {@code correlationId} of the request or upload that caused it (it appears in the logs of every
 * process the event passes through), and the {@code version} of its schema.
 */
public sealed interface TandemEvent
        permits OrderPlaced, PaymentSucceeded, PaymentFailed, ImageProcessed, ImageRejected {

    String eventId();

    Instant occurredAt();

    String correlationId();

    int version();

    /** The EventBridge {@code source} and {@code detail-type} under which this event travels. */
    default EventType type() {
        return EventType.of(this);
    }
}

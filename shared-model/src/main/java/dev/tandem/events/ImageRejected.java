package dev.tandem.events;

import java.time.Instant;

/**
 * The image-resizer refused an upload; the image will never become ready.
 *
 * @param detail a human-readable explanation for the admin page, e.g. the claimed pixel count
 */
public record ImageRejected(
        String eventId,
        Instant occurredAt,
        String correlationId,
        int version,
        String productId,
        String imageId,
        String sourceKey,
        RejectionReason reason,
        String detail)
        implements TandemEvent {

    public static final int VERSION = 1;

    public ImageRejected {
        Fields.header(eventId, occurredAt, correlationId, version, VERSION);
        Fields.requiredText(productId, "productId");
        Fields.requiredText(imageId, "imageId");
        Fields.requiredText(sourceKey, "sourceKey");
        Fields.required(reason, "reason");
        Fields.requiredText(detail, "detail");
    }
}

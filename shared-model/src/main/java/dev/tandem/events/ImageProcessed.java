package dev.tandem.events;

import java.time.Instant;
import java.util.List;

/**
 * The image-resizer turned an upload into its renditions.
 *
 * @param sourceKey the key of the uploaded object, {@code uploads/{productId}/{imageId}}
 */
public record ImageProcessed(
        String eventId,
        Instant occurredAt,
        String correlationId,
        int version,
        String productId,
        String imageId,
        String sourceKey,
        List<Rendition> renditions)
        implements TandemEvent {

    public static final int VERSION = 1;

    public ImageProcessed {
        Fields.header(eventId, occurredAt, correlationId, version, VERSION);
        Fields.requiredText(productId, "productId");
        Fields.requiredText(imageId, "imageId");
        Fields.requiredText(sourceKey, "sourceKey");
        renditions = Fields.requiredList(renditions, "renditions");
        if (renditions.isEmpty()) {
            throw new IllegalArgumentException("field 'renditions' must hold at least one rendition");
        }
    }
}

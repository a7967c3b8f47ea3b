package dev.tandem.catalog.image;

import dev.tandem.events.RejectionReason;
import dev.tandem.events.Rendition;
import java.time.Instant;
import java.util.List;

/**
 * An image of a product, as stored in the product's item (under {@code images.<imageId>}).
 *
 * @param contentType the type the upload URL was signed for
 * @param contentLength the size the upload URL was signed for
 * @param reason why the image-resizer rejected the upload; null unless {@code REJECTED}
 * @param detail the image-resizer's explanation of the rejection; null unless {@code REJECTED}
 * @param renditions the resized copies; empty unless {@code READY}
 */
public record ProductImage(
        String imageId,
        ImageStatus status,
        String contentType,
        long contentLength,
        RejectionReason reason,
        String detail,
        List<Rendition> renditions,
        Instant createdAt,
        Instant updatedAt) {

    public ProductImage {
        renditions = renditions == null ? List.of() : List.copyOf(renditions);
    }

    static ProductImage pending(String imageId, String contentType, long contentLength, Instant now) {
        return new ProductImage(
                imageId, ImageStatus.PENDING, contentType, contentLength, null, null, List.of(), now, now);
    }
}

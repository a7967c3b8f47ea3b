package dev.tandem.catalog.image;

import dev.tandem.events.RejectionReason;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An image as the API shows it, alone or in its product's {@code images} list.
 *
 * @param reason why the image was rejected, or null
 * @param renditions the resized copies, each with a short-lived download URL
 */
public record ImageResponse(
        String imageId,
        ImageStatus status,
        @Schema(nullable = true) RejectionReason reason,
        List<RenditionResponse> renditions) {

    /** One rendition; {@code url} is a presigned GET that expires after {@code tandem.media.download-url-ttl}. */
    public record RenditionResponse(String name, int width, int height, String contentType, String url) {}
}

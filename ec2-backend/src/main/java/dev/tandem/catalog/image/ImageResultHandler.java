package dev.tandem.catalog.image;

import dev.tandem.catalog.inbox.InboxHandler;
import dev.tandem.events.EventType;
import dev.tandem.events.ImageProcessed;
import dev.tandem.events.ImageRejected;
import dev.tandem.events.TandemEvent;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies the image-resizer's verdicts. The first verdict on a pending image wins; a redelivered or
 * contradicting later one finds the image no longer pending and changes nothing.
 */
@Component
class ImageResultHandler implements InboxHandler {

    private static final Logger log = LoggerFactory.getLogger(ImageResultHandler.class);

    private final ProductImageRepository images;

    ImageResultHandler(ProductImageRepository images) {
        this.images = images;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.IMAGE_PROCESSED, EventType.IMAGE_REJECTED);
    }

    @Override
    public void apply(TandemEvent event) {
        switch (event) {
            case ImageProcessed processed ->
                report(
                        processed,
                        processed.productId(),
                        processed.imageId(),
                        images.markReady(
                                processed.productId(),
                                processed.imageId(),
                                processed.renditions(),
                                processed.occurredAt()));
            case ImageRejected rejected ->
                report(
                        rejected,
                        rejected.productId(),
                        rejected.imageId(),
                        images.markRejected(
                                rejected.productId(),
                                rejected.imageId(),
                                rejected.reason(),
                                rejected.detail(),
                                rejected.occurredAt()));
            default -> throw new IllegalArgumentException("not an image result: " + event.type());
        }
    }

    private static void report(TandemEvent event, String productId, String imageId, boolean applied) {
        if (applied) {
            log.info(
                    "Image {} of product {}: applied {}",
                    imageId,
                    productId,
                    event.type().detailType());
        } else {
            log.info(
                    "Image {} of product {}: ignored {} {}, the image is not pending (a redelivery, or unknown)",
                    imageId,
                    productId,
                    event.type().detailType(),
                    event.eventId());
        }
    }
}

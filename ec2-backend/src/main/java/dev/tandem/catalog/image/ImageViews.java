package dev.tandem.catalog.image;

import dev.tandem.catalog.config.TandemProperties;
import dev.tandem.events.Rendition;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Turns stored images into what the API shows, signing a fresh download URL for each rendition:
 * the bucket is private, so a short-lived presigned GET is how a browser gets to see one.
 */
@Component
public final class ImageViews {

    private final S3Presigner presigner;
    private final String bucket;
    private final Duration urlTtl;

    ImageViews(S3Presigner presigner, TandemProperties properties) {
        this.presigner = presigner;
        this.bucket = properties.media().bucket();
        this.urlTtl = properties.media().downloadUrlTtl();
    }

    /** A product's images, oldest first. */
    public List<ImageResponse> view(Collection<ProductImage> images) {
        return images.stream()
                .sorted(Comparator.comparing(ProductImage::createdAt).thenComparing(ProductImage::imageId))
                .map(this::view)
                .toList();
    }

    public ImageResponse view(ProductImage image) {
        return new ImageResponse(
                image.imageId(),
                image.status(),
                image.reason(),
                image.renditions().stream().map(this::view).toList());
    }

    private ImageResponse.RenditionResponse view(Rendition rendition) {
        String url = presigner
                .presignGetObject(request -> request.signatureDuration(urlTtl)
                        .getObjectRequest(get -> get.bucket(bucket).key(rendition.key())))
                .url()
                .toString();
        return new ImageResponse.RenditionResponse(
                rendition.name(), rendition.width(), rendition.height(), rendition.contentType(), url);
    }
}

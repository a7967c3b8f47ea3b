package dev.tandem.events;

/**
 * One resized copy of an uploaded image, as the image-resizer wrote it to S3.
 *
 * @param name the rendition's name: {@code thumbnail}, {@code medium} or {@code large}
 * @param key the S3 object key, under {@code renditions/{productId}/{imageId}/}
 * @param sizeBytes the size of the stored object
 */
public record Rendition(String name, int width, int height, String contentType, String key, long sizeBytes) {

    public Rendition {
        Fields.requiredText(name, "name");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException(
                    "fields 'width' and 'height' must be positive, were " + width + "x" + height);
        }
        Fields.requiredText(contentType, "contentType");
        Fields.requiredText(key, "key");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("field 'sizeBytes' must not be negative, was " + sizeBytes);
        }
    }
}

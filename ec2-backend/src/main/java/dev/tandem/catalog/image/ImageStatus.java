package dev.tandem.catalog.image;

/** Where an uploaded image is in its life: waiting for the image-resizer, or done one way or the other. */
public enum ImageStatus {
    /** The upload URL was issued; the image-resizer has not reported on it yet. */
    PENDING,
    /** The image-resizer wrote its renditions. */
    READY,
    /** The image-resizer refused the upload; see the reason. */
    REJECTED
}

package dev.tandem.events;

/** Why the image-resizer refused an upload. Every reason is terminal: the upload is not retried. */
public enum RejectionReason {
    /** The bytes are not a JPEG, PNG or WebP image, whatever the name or content type claimed. */
    UNSUPPORTED_TYPE,
    /** The image could not be decoded, or decoded with warnings about truncated or corrupt data. */
    CORRUPT,
    /** The object is larger than the upload limit. */
    TOO_LARGE,
    /** The header claims more pixels, or a longer side, than the resizer will decode. */
    PIXEL_LIMIT
}

package dev.tandem.functions.images;

import dev.tandem.events.RejectionReason;

/**
 * What the resizer will decode. The pixel limits are checked against the image header before any
 * pixel is decoded, so a small file that claims to be enormous (a "pixel flood") costs nothing.
 *
 * @param maxBytes the largest object accepted
 * @param maxPixels the largest width × height accepted; a 40 MP image decodes in a 1 GB function
 * @param maxSide the longest side accepted, in pixels
 */
record ImageLimits(long maxBytes, long maxPixels, int maxSide) {

    static final ImageLimits DEFAULT = new ImageLimits(20L * 1024 * 1024, 40_000_000L, 12_000);

    void checkSize(long bytes) throws ImageRejectedException {
        if (bytes > maxBytes) {
            throw new ImageRejectedException(
                    RejectionReason.TOO_LARGE, "the object has " + bytes + " bytes; the limit is " + maxBytes);
        }
    }

    void checkDimensions(int width, int height) throws ImageRejectedException {
        if (width > maxSide || height > maxSide) {
            throw new ImageRejectedException(
                    RejectionReason.PIXEL_LIMIT,
                    "the header claims " + width + "x" + height + " px; no side may exceed " + maxSide);
        }
        if ((long) width * height > maxPixels) {
            throw new ImageRejectedException(
                    RejectionReason.PIXEL_LIMIT,
                    "the header claims " + width + "x" + height + " px (" + (long) width * height + "); the limit is "
                            + maxPixels);
        }
    }
}

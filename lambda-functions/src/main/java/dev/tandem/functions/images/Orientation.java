package dev.tandem.functions.images;

/**
 * The EXIF {@code Orientation} values: how the stored pixels must be turned to stand upright.
 * Cameras store the sensor's pixels as read and record the way the camera was held; the
 * renditions carry no EXIF, so the turn is applied to their pixels instead.
 */
enum Orientation {
    NORMAL,
    MIRROR_HORIZONTAL,
    ROTATE_180,
    MIRROR_VERTICAL,
    TRANSPOSE,
    ROTATE_90_CLOCKWISE,
    TRANSVERSE,
    ROTATE_270_CLOCKWISE;

    /** The orientation for an EXIF value (1–8); anything else is treated as upright. */
    static Orientation ofExifValue(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    /** Whether turning swaps width and height. */
    boolean swapsSides() {
        return ordinal() >= TRANSPOSE.ordinal();
    }

    /** The upright image; the source is left unchanged. */
    PixelBuffer apply(PixelBuffer source) {
        if (this == NORMAL) {
            return source;
        }
        int width = source.width();
        int height = source.height();
        int bands = source.bands();
        int targetWidth = swapsSides() ? height : width;
        int targetHeight = swapsSides() ? width : height;
        PixelBuffer target = PixelBuffer.allocate(targetWidth, targetHeight, bands, source.premultiplied());
        byte[] in = source.samples();
        byte[] out = target.samples();
        int i = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++, i += bands) {
                int o = (targetY(x, y, width, height) * targetWidth + targetX(x, y, width, height)) * bands;
                System.arraycopy(in, i, out, o, bands);
            }
        }
        return target;
    }

    private int targetX(int x, int y, int width, int height) {
        return switch (this) {
            case NORMAL, MIRROR_VERTICAL -> x;
            case MIRROR_HORIZONTAL, ROTATE_180 -> width - 1 - x;
            case TRANSPOSE, ROTATE_270_CLOCKWISE -> y;
            case ROTATE_90_CLOCKWISE, TRANSVERSE -> height - 1 - y;
        };
    }

    private int targetY(int x, int y, int width, int height) {
        return switch (this) {
            case NORMAL, MIRROR_HORIZONTAL -> y;
            case ROTATE_180, MIRROR_VERTICAL -> height - 1 - y;
            case TRANSPOSE, ROTATE_90_CLOCKWISE -> x;
            case TRANSVERSE, ROTATE_270_CLOCKWISE -> width - 1 - x;
        };
    }
}

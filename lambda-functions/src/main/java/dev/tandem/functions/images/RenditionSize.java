package dev.tandem.functions.images;

import java.util.Locale;

/** The renditions made of every upload, each fitting a square box and never larger than the source. */
enum RenditionSize {
    LARGE(1600),
    MEDIUM(800),
    THUMBNAIL(200);

    private final int box;

    RenditionSize(int box) {
        this.box = box;
    }

    /** The name in the rendition's key and in {@code ImageProcessed}: {@code thumbnail}, ... */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    int box() {
        return box;
    }

    /** The size of a {@code width} × {@code height} image scaled to fit the box, keeping its shape. */
    Dimensions fit(int width, int height) {
        if (width <= box && height <= box) {
            return new Dimensions(width, height);
        }
        double scale = Math.min((double) box / width, (double) box / height);
        return new Dimensions(
                Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)));
    }

    record Dimensions(int width, int height) {}
}

package dev.tandem.functions.images;

import java.util.Arrays;

/**
 * Resizes an image with a separable Catmull-Rom (bicubic) filter whose support widens with the
 * reduction factor (see {@link FilterTaps}), so a reduction is low-pass filtered and does not
 * alias. The vertical pass runs first because its inner loop walks whole rows, which the JIT
 * vectorises; the horizontal pass then has fewer rows to walk.
 *
 * <p>Its cost grows with the factor, so {@link RenditionPipeline} first halves with {@link
 * BoxHalving} and leaves this filter a factor below 4, but at least 2 after any halving: enough to
 * remove what the box steps let through, without paying for a wide filter over the full image.
 */
final class Resampler {

    private static final int PRECISION_BITS = FilterTaps.PRECISION_BITS;
    private static final int HALF = 1 << (PRECISION_BITS - 1);

    private Resampler() {}

    static PixelBuffer resize(PixelBuffer source, int width, int height) {
        if (width == source.width() && height == source.height()) {
            return source;
        }
        PixelBuffer tall = resizeVertically(source, height);
        return resizeHorizontally(tall, width);
    }

    private static PixelBuffer resizeVertically(PixelBuffer source, int height) {
        if (height == source.height()) {
            return source;
        }
        FilterTaps taps = FilterTaps.of(source.height(), height);
        int rowLength = source.width() * source.bands();
        PixelBuffer target = PixelBuffer.allocate(source.width(), height, source.bands(), source.premultiplied());
        byte[] out = target.samples();
        int[] weights = taps.weights();
        int[] sums = new int[rowLength];
        // Source rows widened to int once each: the JIT vectorises an int multiply-add over a row
        // (several times faster) but not one that widens bytes as it goes. Each source row feeds
        // several output rows; a ring of as many rows as the filter is tall holds the window.
        WidenedRows rows = new WidenedRows(source, taps.stride());
        for (int y = 0; y < height; y++) {
            Arrays.fill(sums, HALF);
            for (int k = 0; k < taps.count(y); k++) {
                int weight = weights[taps.offset(y) + k];
                int[] row = rows.get(taps.first(y) + k);
                for (int i = 0; i < rowLength; i++) {
                    sums[i] += weight * row[i];
                }
            }
            int o = y * rowLength;
            for (int i = 0; i < rowLength; i++) {
                out[o + i] = clamp(sums[i] >> PRECISION_BITS);
            }
        }
        return target;
    }

    /** The most recently used source rows, as ints, in a ring indexed by row number. */
    private static final class WidenedRows {

        private final byte[] samples;
        private final int rowLength;
        private final int[][] ring;
        private final int[] rowInSlot;

        WidenedRows(PixelBuffer source, int capacity) {
            this.samples = source.samples();
            this.rowLength = source.width() * source.bands();
            this.ring = new int[capacity][rowLength];
            this.rowInSlot = new int[capacity];
            Arrays.fill(rowInSlot, -1);
        }

        int[] get(int index) {
            int slot = index % ring.length;
            if (rowInSlot[slot] != index) {
                int[] row = ring[slot];
                int start = index * rowLength;
                for (int i = 0; i < rowLength; i++) {
                    row[i] = samples[start + i] & 0xFF;
                }
                rowInSlot[slot] = index;
            }
            return ring[slot];
        }
    }

    private static PixelBuffer resizeHorizontally(PixelBuffer source, int width) {
        if (width == source.width()) {
            return source;
        }
        FilterTaps taps = FilterTaps.of(source.width(), width);
        PixelBuffer target = PixelBuffer.allocate(width, source.height(), source.bands(), source.premultiplied());
        if (source.bands() == 3) {
            horizontalColour(source, target, taps);
        } else {
            horizontalAnyBands(source, target, taps);
        }
        return target;
    }

    /** The common case (an opaque colour image) with one accumulator per band: twice as fast. */
    private static void horizontalColour(PixelBuffer source, PixelBuffer target, FilterTaps taps) {
        byte[] in = source.samples();
        byte[] out = target.samples();
        int[] weights = taps.weights();
        int o = 0;
        for (int y = 0; y < source.height(); y++) {
            int rowStart = y * source.width() * 3;
            for (int x = 0; x < target.width(); x++) {
                int p = rowStart + taps.first(x) * 3;
                int w = taps.offset(x);
                int end = w + taps.count(x);
                int blue = HALF;
                int green = HALF;
                int red = HALF;
                for (; w < end; w++, p += 3) {
                    int weight = weights[w];
                    blue += weight * (in[p] & 0xFF);
                    green += weight * (in[p + 1] & 0xFF);
                    red += weight * (in[p + 2] & 0xFF);
                }
                out[o] = clamp(blue >> PRECISION_BITS);
                out[o + 1] = clamp(green >> PRECISION_BITS);
                out[o + 2] = clamp(red >> PRECISION_BITS);
                o += 3;
            }
        }
    }

    private static void horizontalAnyBands(PixelBuffer source, PixelBuffer target, FilterTaps taps) {
        byte[] in = source.samples();
        byte[] out = target.samples();
        int bands = source.bands();
        int[] weights = taps.weights();
        int o = 0;
        for (int y = 0; y < source.height(); y++) {
            int rowStart = y * source.width() * bands;
            for (int x = 0; x < target.width(); x++) {
                int first = rowStart + taps.first(x) * bands;
                int w = taps.offset(x);
                int end = w + taps.count(x);
                for (int c = 0; c < bands; c++) {
                    int sum = HALF;
                    for (int k = w, p = first + c; k < end; k++, p += bands) {
                        sum += weights[k] * (in[p] & 0xFF);
                    }
                    out[o++] = clamp(sum >> PRECISION_BITS);
                }
            }
        }
    }

    private static byte clamp(int value) {
        return (byte) (value < 0 ? 0 : Math.min(value, 255));
    }
}

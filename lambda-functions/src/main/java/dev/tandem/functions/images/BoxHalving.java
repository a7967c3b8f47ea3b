package dev.tandem.functions.images;

/**
 * Halves an image in each direction by averaging each 2×2 block: an exact area filter for a 2×
 * reduction, and the cheapest one (four loads and a shift per sample). Repeated, it builds the
 * pyramid from which every rendition takes its final, gentle resampling step, so no rendition is
 * ever produced by a large one-step downscale (which aliases: fine detail turns into moiré).
 */
final class BoxHalving {

    private BoxHalving() {}

    /** A buffer of ⌈width/2⌉ × ⌈height/2⌉; an odd last column or row is averaged with itself. */
    static PixelBuffer halve(PixelBuffer source) {
        int width = source.width();
        int height = source.height();
        int bands = source.bands();
        int outWidth = (width + 1) / 2;
        int outHeight = (height + 1) / 2;
        PixelBuffer target = PixelBuffer.allocate(outWidth, outHeight, bands, source.premultiplied());
        byte[] in = source.samples();
        byte[] out = target.samples();
        int rowLength = width * bands;
        int pairs = width / 2;
        int[] columnSums = new int[rowLength];
        for (int y = 0; y < outHeight; y++) {
            int top = 2 * y * rowLength;
            int bottom = 2 * y + 1 < height ? top + rowLength : top;
            // Vertical pairs first: a loop over whole rows, which the JIT vectorises.
            for (int i = 0; i < rowLength; i++) {
                columnSums[i] = (in[top + i] & 0xFF) + (in[bottom + i] & 0xFF);
            }
            int o = y * outWidth * bands;
            int step = 2 * bands;
            int end = pairs * step;
            for (int i = 0; i < end; i += step) {
                for (int c = 0; c < bands; c++) {
                    out[o++] = (byte) ((columnSums[i + c] + columnSums[i + bands + c] + 2) >> 2);
                }
            }
            if (width % 2 == 1) {
                for (int c = 0; c < bands; c++) {
                    out[o++] = (byte) ((columnSums[end + c] + 1) >> 1);
                }
            }
        }
        return target;
    }
}

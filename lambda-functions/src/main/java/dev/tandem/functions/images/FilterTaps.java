package dev.tandem.functions.images;

/**
 * The weights of a Catmull-Rom (bicubic, a = -0.5) filter for resampling one axis from {@code
 * sourceLength} to {@code targetLength} samples: for each output position, the first source
 * position it reads, how many it reads, and their weights in 14-bit fixed point. For a reduction
 * the filter is stretched by the reduction factor, which is what makes it a low-pass filter.
 */
record FilterTaps(int[] firsts, int[] counts, int[] weights, int stride) {

    static final int PRECISION_BITS = 14;

    private static final int ONE = 1 << PRECISION_BITS;
    private static final double RADIUS = 2.0;

    static FilterTaps of(int sourceLength, int targetLength) {
        double scale = (double) sourceLength / targetLength;
        double filterScale = Math.max(scale, 1.0);
        double support = RADIUS * filterScale;
        int stride = (int) Math.ceil(support) * 2 + 1;
        int[] firsts = new int[targetLength];
        int[] counts = new int[targetLength];
        int[] weights = new int[targetLength * stride];
        double[] raw = new double[stride];
        for (int i = 0; i < targetLength; i++) {
            double center = (i + 0.5) * scale;
            int first = Math.max(0, (int) Math.floor(center - support));
            int last = Math.min(sourceLength, (int) Math.ceil(center + support));
            double total = 0;
            int count = 0;
            for (int s = first; s < last && count < stride; s++, count++) {
                raw[count] = catmullRom((s + 0.5 - center) / filterScale);
                total += raw[count];
            }
            firsts[i] = first;
            counts[i] = count;
            int fixedTotal = 0;
            int largest = 0;
            for (int k = 0; k < count; k++) {
                int weight = (int) Math.round(raw[k] / total * ONE);
                weights[i * stride + k] = weight;
                fixedTotal += weight;
                if (weight > weights[i * stride + largest]) {
                    largest = k;
                }
            }
            // Rounding may leave the weights summing to one unit more or less than 1.0; the
            // remainder goes to the largest tap so that flat areas keep their exact value.
            weights[i * stride + largest] += ONE - fixedTotal;
        }
        return new FilterTaps(firsts, counts, weights, stride);
    }

    int first(int i) {
        return firsts[i];
    }

    int count(int i) {
        return counts[i];
    }

    /** Where output position {@code i}'s weights start in {@link #weights()}. */
    int offset(int i) {
        return i * stride;
    }

    private static double catmullRom(double x) {
        double t = Math.abs(x);
        if (t < 1) {
            return 1.5 * t * t * t - 2.5 * t * t + 1;
        }
        if (t < 2) {
            return -0.5 * t * t * t + 2.5 * t * t - 4 * t + 2;
        }
        return 0;
    }
}

package dev.tandem.lab.cost;

import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

/**
 * Finds the monthly volume where two cost curves cross. The EC2 curve is a staircase (whole
 * instances), so there is no formula to invert; the search walks the volume range on a log scale and
 * narrows the first sign change by bisection, again on a log scale, to within 0.1 %.
 */
public final class BreakEven {

    private static final int STEPS_PER_DECADE = 40;

    private BreakEven() {}

    /**
     * The lowest volume in {@code [from, to]} at which {@code a} stops being cheaper than {@code b},
     * or the other way round; empty when one is cheaper over the whole range.
     */
    public static OptionalDouble between(DoubleUnaryOperator a, DoubleUnaryOperator b, double from, double to) {
        DoubleUnaryOperator difference = v -> a.applyAsDouble(v) - b.applyAsDouble(v);
        int steps = (int) Math.ceil(Math.log10(to / from) * STEPS_PER_DECADE);
        double low = from;
        double lowSign = Math.signum(difference.applyAsDouble(low));
        for (int i = 1; i <= steps; i++) {
            double high = from * Math.pow(to / from, (double) i / steps);
            double highSign = Math.signum(difference.applyAsDouble(high));
            if (highSign != lowSign) {
                return OptionalDouble.of(narrow(difference, low, high, lowSign));
            }
            low = high;
        }
        return OptionalDouble.empty();
    }

    /** Where {@code work} costs the same on EC2 and on Lambda under {@code model}, 10^3..10^9 a month. */
    public static OptionalDouble of(CostModel model, Workload work) {
        return between(v -> model.monthly(work, Compute.EC2, v), v -> model.monthly(work, Compute.LAMBDA, v), 1e3, 1e9);
    }

    private static double narrow(DoubleUnaryOperator difference, double low, double high, double lowSign) {
        while (high / low > 1.001) {
            double middle = Math.sqrt(low * high);
            if (Math.signum(difference.applyAsDouble(middle)) == lowSign) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return Math.sqrt(low * high);
    }
}

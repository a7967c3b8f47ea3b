package dev.tandem.lab.load;

import java.util.Arrays;

/**
 * Latencies of one endpoint (or function) over one phase, in milliseconds.
 *
 * @param count answers that came back 2xx (or, for a function, invocations)
 * @param errors answers that did not, and requests that failed outright
 * @param dropped requests the schedule wanted that were never sent, because too many were already in
 *     flight: a sign the stack had stopped keeping up
 * @param throughput {@code count} per second of the phase
 */
public record LatencySummary(
        String name,
        long count,
        long errors,
        long dropped,
        double seconds,
        double throughput,
        double p50,
        double p95,
        double p99,
        double max,
        double mean) {

    /** Summarises {@code millis} (need not be sorted) over a phase of {@code seconds}. */
    public static LatencySummary of(String name, double[] millis, long errors, long dropped, double seconds) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double mean = sorted.length == 0 ? 0 : Arrays.stream(sorted).sum() / sorted.length;
        return new LatencySummary(
                name,
                sorted.length,
                errors,
                dropped,
                seconds,
                seconds > 0 ? sorted.length / seconds : 0,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1],
                mean);
    }

    /** The nearest-rank percentile of sorted values: the smallest value with p % of them at or below it. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}

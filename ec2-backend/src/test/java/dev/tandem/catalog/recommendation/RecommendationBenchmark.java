package dev.tandem.catalog.recommendation;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Builds the model from 10k, 100k and 1M synthetic paid orders and prints, per size, the build
 * time, the peak heap, the snapshot's size and the in-process lookup latency. A measurement to
 * read, not a test: nothing here passes or fails. Run it as the service's README says (one core,
 * a 1 GiB heap):
 *
 * <pre>./mvnw -pl ec2-backend -am test-compile -Precommendations-benchmark</pre>
 *
 * The orders: 10,000 products whose popularity follows Zipf's law (the k-th most popular is bought
 * 1/k as often as the first), each order 1 to 5 lines drawn from it. They are generated before the
 * clock starts; the build is timed from the first order handed to the builder, as the service
 * hands it the pages of its paid-orders query, to the finished model.
 */
public final class RecommendationBenchmark {

    private static final int PRODUCTS = 10_000;
    private static final int[] SIZES = {10_000, 100_000, 1_000_000};
    private static final int NEIGHBOURS = 20;
    private static final int LOOKUPS = 200_000;

    private RecommendationBenchmark() {}

    public static void main(String[] args) {
        Random random = new Random(2003);
        String[] ids = new String[PRODUCTS];
        for (int p = 0; p < PRODUCTS; p++) {
            ids[p] = new UUID(random.nextLong(), random.nextLong()).toString();
        }
        double[] zipf = zipfCumulative(PRODUCTS);
        System.out.printf(
                "JVM: %s, %d processor(s), max heap %d MiB%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(
                "%10s %10s %12s %10s %14s %12s %12s%n",
                "orders", "pairs", "build (ms)", "peak heap", "snapshot", "lookup p50", "lookup p99");
        for (int size : SIZES) {
            int[][] orders = orders(size, zipf, random);
            System.gc();
            resetPeaks();
            long started = System.nanoTime();
            CoPurchaseModelBuilder builder = new CoPurchaseModelBuilder(NEIGHBOURS);
            for (int[] order : orders) {
                List<String> lines = new ArrayList<>(order.length);
                for (int product : order) {
                    lines.add(ids[product]);
                }
                builder.addOrder(lines);
            }
            Instant now = Instant.now();
            RecommendationModel model = builder.build("v-benchmark", now, now, Duration.ZERO);
            long buildMillis = (System.nanoTime() - started) / 1_000_000;
            long peakHeap = peakHeap();
            int snapshotBytes = SnapshotFormat.write(model).length;
            long[] latencies = lookups(model, ids, zipf, random);
            System.out.printf(
                    "%10d %10d %12d %6d MiB %10.1f KiB %9.2f µs %9.2f µs%n",
                    size,
                    model.pairs(),
                    buildMillis,
                    peakHeap >> 20,
                    snapshotBytes / 1024.0,
                    latencies[latencies.length / 2] / 1000.0,
                    latencies[(int) (latencies.length * 0.99)] / 1000.0);
        }
    }

    private static int[][] orders(int count, double[] zipf, Random random) {
        int[][] orders = new int[count][];
        for (int o = 0; o < count; o++) {
            orders[o] = new int[1 + random.nextInt(5)];
            for (int l = 0; l < orders[o].length; l++) {
                orders[o][l] = draw(zipf, random);
            }
        }
        return orders;
    }

    /** Sorted latencies in nanoseconds of looking up the neighbours of products drawn by popularity. */
    private static long[] lookups(RecommendationModel model, String[] ids, double[] zipf, Random random) {
        long sink = 0;
        for (int i = 0; i < LOOKUPS; i++) {
            sink += model.neighboursOf(ids[draw(zipf, random)]).size();
        }
        long[] latencies = new long[LOOKUPS];
        for (int i = 0; i < LOOKUPS; i++) {
            String id = ids[draw(zipf, random)];
            long started = System.nanoTime();
            sink += model.neighboursOf(id).size();
            latencies[i] = System.nanoTime() - started;
        }
        if (sink == 42) {
            System.out.print("");
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private static double[] zipfCumulative(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int k = 1; k <= n; k++) {
            sum += 1.0 / k;
            cumulative[k - 1] = sum;
        }
        for (int k = 0; k < n; k++) {
            cumulative[k] /= sum;
        }
        return cumulative;
    }

    private static int draw(double[] cumulative, Random random) {
        int found = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, found >= 0 ? found : -found - 1);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The most the heap's pools held at once since the reset, garbage not yet collected included. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}

package dev.tandem.lab.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Collects latencies per endpoint from many threads at once. */
final class LatencyBook {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private static final class Entry {
        final List<Double> millis = new ArrayList<>();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong dropped = new AtomicLong();

        synchronized void add(double ms) {
            millis.add(ms);
        }

        synchronized double[] values() {
            return millis.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    void record(String endpoint, long nanos, int status) {
        Entry entry = entry(endpoint);
        if (status >= 200 && status < 300) {
            entry.add(nanos / 1e6);
        } else {
            entry.errors.incrementAndGet();
        }
    }

    void error(String endpoint) {
        entry(endpoint).errors.incrementAndGet();
    }

    void dropped(String endpoint) {
        entry(endpoint).dropped.incrementAndGet();
    }

    long total() {
        return entries.values().stream()
                .mapToLong(e -> e.values().length + e.errors.get())
                .sum();
    }

    Map<String, LatencySummary> summaries(double seconds) {
        Map<String, LatencySummary> summaries = new TreeMap<>();
        entries.forEach((name, e) ->
                summaries.put(name, LatencySummary.of(name, e.values(), e.errors.get(), e.dropped.get(), seconds)));
        return summaries;
    }

    private Entry entry(String endpoint) {
        return entries.computeIfAbsent(endpoint, name -> new Entry());
    }
}

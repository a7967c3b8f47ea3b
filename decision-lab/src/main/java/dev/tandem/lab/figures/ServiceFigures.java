package dev.tandem.lab.figures;

import java.util.Optional;

/**
 * What the service says about itself over an interval, from two scrapes of its Prometheus endpoint.
 *
 * @param requests HTTP requests it served in the interval ({@code http_server_requests_seconds_count})
 * @param serverSeconds time it spent on them ({@code http_server_requests_seconds_sum})
 * @param cpuSeconds CPU time the process used ({@code process_cpu_time_ns_total}); empty where the
 *     service does not expose it
 * @param residentMb resident memory at the end ({@code process_memory_rss_bytes}); empty where the
 *     service does not expose it
 */
public record ServiceFigures(
        double requests, double serverSeconds, Optional<Double> cpuSeconds, Optional<Double> residentMb) {

    /** The change between {@code before} and {@code after}. */
    public static ServiceFigures between(PrometheusText before, PrometheusText after) {
        double requests =
                delta(before, after, "http_server_requests_seconds_count").orElse(0.0);
        double seconds =
                delta(before, after, "http_server_requests_seconds_sum").orElse(0.0);
        Optional<Double> cpu = delta(before, after, "process_cpu_time_ns_total").map(ns -> ns / 1e9);
        Optional<Double> rss = after.sum("process_memory_rss_bytes").map(b -> b / (1024 * 1024));
        return new ServiceFigures(requests, seconds, cpu, rss);
    }

    /** CPU milliseconds per request, where the service exposes its CPU time and served anything. */
    public Optional<Double> cpuMsPerRequest() {
        return requests > 0 ? cpuSeconds.map(s -> s * 1000 / requests) : Optional.empty();
    }

    /** The service's own mean time per request, in milliseconds. */
    public Optional<Double> meanServerMs() {
        return requests > 0 ? Optional.of(serverSeconds * 1000 / requests) : Optional.empty();
    }

    private static Optional<Double> delta(PrometheusText before, PrometheusText after, String name) {
        return after.sum(name).map(a -> a - before.sum(name).orElse(0.0));
    }
}

package dev.tandem.lab;

import dev.tandem.lab.figures.PrometheusText;
import dev.tandem.lab.figures.ServiceFigures;
import dev.tandem.lab.load.LatencySummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the load phases measured, as {@link ShopParts} needs it.
 *
 * @param steady the steady shop mix's latencies, per endpoint
 * @param spiky the same mix in bursts of 20×
 * @param before the service's metrics as the steady mix began
 * @param after and as it ended
 * @param service the service's own figures over the steady mix
 */
record Measurements(
        Map<String, LatencySummary> steady,
        Map<String, LatencySummary> spiky,
        PrometheusText before,
        PrometheusText after,
        ServiceFigures service,
        List<LabResults.Function> functions,
        boolean recommendationsAvailable) {

    /** The service's own mean time for requests to {@code uri} (its route template), in ms. */
    Optional<Double> serverMs(String uri) {
        String count = "http_server_requests_seconds_count";
        String sum = "http_server_requests_seconds_sum";
        Optional<Double> n = after.sum(count, l -> uri.equals(l.get("uri")))
                .map(a -> a - before.sum(count, l -> uri.equals(l.get("uri"))).orElse(0.0));
        Optional<Double> s = after.sum(sum, l -> uri.equals(l.get("uri")))
                .map(a -> a - before.sum(sum, l -> uri.equals(l.get("uri"))).orElse(0.0));
        return n.filter(c -> c > 0).flatMap(c -> s.map(seconds -> seconds * 1000 / c));
    }

    /** The function whose name contains {@code part}, if it reported anything. */
    Optional<LabResults.Function> function(String part) {
        return functions.stream().filter(f -> f.name().contains(part)).findFirst();
    }

    /** Answers per second of {@code endpoint} in the steady mix. */
    double steadyRate(String endpoint) {
        LatencySummary s = steady.get(endpoint);
        return s == null ? 0 : s.throughput();
    }
}

package dev.tandem.localcloud.cloudwatch;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One datum that local CloudWatch accepted through {@code PutMetricData}: a value of a metric, at a time.
 *
 * @param dimensions dimension values by dimension name, sorted by name
 * @param timestamp the datum's own {@code Timestamp}, or the time it arrived if it had none
 * @param unit the datum's {@code Unit}, {@code None} if it had none
 */
public record MetricDatapoint(
        String namespace,
        String metricName,
        SortedMap<String, String> dimensions,
        Instant timestamp,
        double value,
        String unit) {

    public MetricDatapoint {
        dimensions = new TreeMap<>(dimensions);
    }

    /** Whether this datum has exactly these dimensions, no more and no fewer, as CloudWatch matches them. */
    public boolean hasDimensions(Map<String, String> expected) {
        return dimensions.equals(new TreeMap<>(expected));
    }

    /** A copy: the caller cannot change a stored datum through the map it returns. */
    @Override
    public SortedMap<String, String> dimensions() {
        return new TreeMap<>(dimensions);
    }
}

package dev.tandem.localcloud.cloudwatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local CloudWatch for custom metrics: the one operation a service needs to publish them, {@code PutMetricData},
 * on the Smithy RPC v2 CBOR endpoint that the unmodified SDK {@code CloudWatchClient} talks to. Requests are checked
 * against CloudWatch's limits and refused with CloudWatch's errors; accepted datapoints are kept in memory, where
 * tests read them with {@link #datapoints()}.
 *
 * <p>Nothing else of CloudWatch is here: no statistics, alarms, dashboards or metric queries. It keeps the most
 * recent {@value #RETAINED} datapoints, so that a long local run does not grow without bound.
 */
public final class CloudWatchEmulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CloudWatchEmulator.class);
    private static final int RETAINED = 10_000;

    private final Deque<MetricDatapoint> datapoints = new ArrayDeque<>();
    private final RpcV2CborEndpoint endpoint;

    private CloudWatchEmulator(Clock clock) throws IOException {
        this.endpoint = new RpcV2CborEndpoint(Map.of("PutMetricData", new PutMetricDataOperation(this::store, clock)));
    }

    /** Starts the endpoint on a free loopback port. */
    public static CloudWatchEmulator start() {
        try {
            return new CloudWatchEmulator(Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the local CloudWatch endpoint", e);
        }
    }

    public URI endpoint() {
        return endpoint.uri();
    }

    /** Every datapoint received and still retained, oldest first. */
    public synchronized List<MetricDatapoint> datapoints() {
        return List.copyOf(datapoints);
    }

    /** The retained datapoints of one metric, oldest first, whatever their dimensions. */
    public List<MetricDatapoint> datapoints(String namespace, String metricName) {
        return datapoints().stream()
                .filter(datum -> datum.namespace().equals(namespace)
                        && datum.metricName().equals(metricName))
                .toList();
    }

    private synchronized void store(List<MetricDatapoint> received) {
        for (MetricDatapoint datum : received) {
            if (datapoints.size() == RETAINED) {
                datapoints.removeFirst();
            }
            datapoints.addLast(datum);
            log.debug(
                    "{}/{} {} = {} {}",
                    datum.namespace(),
                    datum.metricName(),
                    datum.dimensions(),
                    datum.value(),
                    datum.unit());
        }
    }

    @Override
    public void close() {
        endpoint.close();
    }
}

package dev.tandem.catalog.outbox;

import dev.tandem.catalog.config.TandemProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;

/**
 * Publishes the outbox backlog to CloudWatch, once per {@code tandem.metrics.interval}: {@value
 * #BACKLOG_METRIC} (records not yet published) and {@value #OLDEST_AGE_METRIC} (seconds the oldest
 * of them has waited), with the dimension {@value #ENVIRONMENT_DIMENSION}. The dashboard graphs
 * both and an alarm watches the age; infra's {@code ServiceMetrics} names the same metrics.
 *
 * <p>Each instance publishes what it measures in the shared table, so with two instances each
 * minute has two equal datapoints; the dashboard reads their maximum. A failed measurement or
 * publish is logged and the next round tries again: metrics are never worth stopping the service,
 * and the relay runs on a thread of its own, which this never touches.
 */
@Component
@ConditionalOnBooleanProperty("tandem.metrics.enabled")
class OutboxBacklogPublisher implements SmartLifecycle {

    static final String BACKLOG_METRIC = "OutboxBacklog";
    static final String OLDEST_AGE_METRIC = "OutboxOldestRecordAge";
    static final String ENVIRONMENT_DIMENSION = "Environment";

    private static final Logger log = LoggerFactory.getLogger(OutboxBacklogPublisher.class);

    private final OutboxRepository outbox;
    private final CloudWatchClient cloudWatch;
    private final TandemProperties.Metrics settings;
    private final Dimension environment;
    private final Clock clock = Clock.systemUTC();
    private volatile ScheduledExecutorService scheduler;

    OutboxBacklogPublisher(OutboxRepository outbox, CloudWatchClient cloudWatch, TandemProperties properties) {
        this.outbox = outbox;
        this.cloudWatch = cloudWatch;
        this.settings = properties.metrics();
        this.environment = Dimension.builder()
                .name(ENVIRONMENT_DIMENSION)
                .value(settings.environment())
                .build();
    }

    @Override
    public void start() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(
                1, Thread.ofVirtual().name("outbox-backlog-metric").factory());
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scheduler = executor;
        long interval = settings.interval().toMillis();
        executor.scheduleWithFixedDelay(this::publishQuietly, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService stopping = scheduler;
        if (stopping == null) {
            return;
        }
        scheduler = null;
        stopping.shutdown();
        try {
            stopping.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    /** A periodic task that throws is never run again, so nothing may escape from here. */
    private void publishQuietly() {
        try {
            publish();
        } catch (RuntimeException e) {
            log.warn(
                    "Could not publish the outbox backlog to CloudWatch ({}); trying again in {} ms",
                    e.toString(),
                    settings.interval().toMillis());
        }
    }

    private void publish() {
        // Taken before the queries: a datapoint never claims a later time than what it counted.
        Instant measuredAt = clock.instant();
        OutboxBacklog backlog = outbox.measureBacklog();
        double oldestAgeSeconds = backlog.ageOfOldestAt(measuredAt).toMillis() / 1000.0;
        cloudWatch.putMetricData(request -> request.namespace(settings.namespace())
                .metricData(
                        datum(BACKLOG_METRIC, backlog.pendingRecords(), StandardUnit.COUNT, measuredAt),
                        datum(OLDEST_AGE_METRIC, oldestAgeSeconds, StandardUnit.SECONDS, measuredAt)));
        log.debug("Published outbox backlog: {} record(s), oldest {} s", backlog.pendingRecords(), oldestAgeSeconds);
    }

    private MetricDatum datum(String name, double value, StandardUnit unit, Instant at) {
        return MetricDatum.builder()
                .metricName(name)
                .dimensions(environment)
                .value(value)
                .unit(unit)
                .timestamp(at)
                .build();
    }
}

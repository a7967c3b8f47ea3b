package dev.tandem.catalog.recommendation;

import dev.tandem.catalog.config.TandemProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps every instance's model current. At start-up it loads the newest snapshot, so a new
 * instance answers before its first rebuild; then, every {@code check-interval}, it:
 *
 * <ol>
 *   <li>reads the snapshot pointer and swaps in a newer model another instance built;
 *   <li>decides whether a rebuild is due: no model yet, the model older than {@code
 *       rebuild-interval}, or {@code rebuild-after-orders} orders paid since its data was read;
 *   <li>if so, and if it wins the {@link BuilderLease}, rebuilds the model from the paid orders,
 *       publishes the snapshot, swaps it in and gives the lease back.
 * </ol>
 *
 * All on one thread of its own; a failed round is logged and the next one tries again.
 */
@Component
class RecommendationRefresher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RecommendationRefresher.class);

    private final PaidOrders paidOrders;
    private final BuilderLease lease;
    private final SnapshotStore snapshots;
    private final CurrentModel current;
    private final ModelMetrics metrics;
    private final TandemProperties.Recommendations settings;
    private final String owner = "instance-" + UUID.randomUUID();
    private final Clock clock = Clock.systemUTC();
    private volatile ScheduledExecutorService scheduler;

    RecommendationRefresher(
            PaidOrders paidOrders,
            BuilderLease lease,
            SnapshotStore snapshots,
            CurrentModel current,
            ModelMetrics metrics,
            TandemProperties properties) {
        this.paidOrders = paidOrders;
        this.lease = lease;
        this.snapshots = snapshots;
        this.current = current;
        this.metrics = metrics;
        this.settings = properties.recommendations();
    }

    @Override
    public void start() {
        try {
            loadNewestSnapshot();
        } catch (RuntimeException e) {
            log.warn("Could not load the recommendation model at start-up ({}); trying again shortly", e.toString());
        }
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(
                1, Thread.ofPlatform().daemon().name("recommendation-refresher").factory());
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scheduler = executor;
        long interval = settings.checkInterval().toMillis();
        executor.scheduleWithFixedDelay(this::checkQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService stopping = scheduler;
        if (stopping == null) {
            return;
        }
        scheduler = null;
        stopping.shutdownNow();
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

    /** After the tables exist (the bootstrap runs first), before the web server takes requests. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    /** A periodic task that throws is never run again, so nothing may escape from here. */
    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn(
                    "Recommendation model check failed ({}); trying again in {}",
                    e.toString(),
                    settings.checkInterval());
        }
    }

    /** One round: take a newer snapshot if there is one, rebuild if due and the lease is ours. */
    synchronized void check() {
        try {
            loadNewestSnapshot();
        } catch (RuntimeException e) {
            // A snapshot that cannot be read must not stop this instance from building a better one.
            log.warn("Could not load the newest recommendation model ({})", e.toString());
        }
        if (rebuildDue() && lease.tryAcquire(owner, settings.lease())) {
            try {
                rebuild();
            } finally {
                lease.release(owner);
            }
        }
        current.get().ifPresent(model -> {
            Instant now = clock.instant();
            metrics.modelAge(Duration.between(model.builtAt(), now), now);
        });
    }

    /** Swaps in the snapshot {@code latest} points at, if it is not the model held already. */
    synchronized Optional<RecommendationModel> loadNewestSnapshot() {
        Optional<String> key = snapshots.latestKey();
        if (key.isEmpty()
                || current.get()
                        .map(model -> snapshots.keyOf(model.version()).equals(key.get()))
                        .orElse(false)) {
            return Optional.empty();
        }
        RecommendationModel model = snapshots.read(key.get());
        if (current.offer(model)) {
            log.info(
                    "Loaded recommendation model {} ({} products, {} pairs)",
                    model.version(),
                    model.products(),
                    model.pairs());
        }
        return Optional.of(model);
    }

    private boolean rebuildDue() {
        Optional<RecommendationModel> model = current.get();
        if (model.isEmpty()) {
            return true;
        }
        if (!model.get().builtAt().plus(settings.rebuildInterval()).isAfter(clock.instant())) {
            return true;
        }
        int enough = settings.rebuildAfterOrders();
        return paidOrders.countPaidSince(model.get().dataAsOf(), enough) >= enough;
    }

    /** Builds the model from every paid order, publishes it and serves it; the caller holds the lease. */
    synchronized RecommendationModel rebuild() {
        Instant started = clock.instant();
        long nanos = System.nanoTime();
        CoPurchaseModelBuilder builder = new CoPurchaseModelBuilder(settings.neighbours());
        long orders = paidOrders.forEach(builder::addOrder);
        Instant builtAt = clock.instant();
        RecommendationModel built =
                builder.build(SnapshotStore.newVersion(builtAt.toEpochMilli()), builtAt, started, Duration.ZERO);
        Duration took = Duration.ofNanos(System.nanoTime() - nanos);
        RecommendationModel model = built.withBuildDuration(took);
        long bytes = snapshots.publish(model);
        current.offer(model);
        metrics.buildDuration(took, builtAt);
        log.info(
                "Built recommendation model {} from {} paid orders in {} ms: {} products, {} pairs, snapshot {} bytes",
                model.version(),
                orders,
                took.toMillis(),
                model.products(),
                model.pairs(),
                bytes);
        return model;
    }
}

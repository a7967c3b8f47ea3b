package dev.tandem.catalog.outbox;

import dev.tandem.catalog.config.TandemProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Publishes the outbox to the event bus, at least once per record. Each round it reads the oldest
 * unpublished records, leases them, publishes them in {@code PutEvents} batches of up to ten, and
 * marks each record the bus accepted as sent. When the bus fails, the records are released and
 * the relay backs off exponentially; when a round found a full page it goes again at once.
 *
 * <p>The relay keeps nothing in memory that matters: a restarted service finds the records its
 * predecessor left, and a record leased by a crashed relay is picked up once the lease expires.
 */
@Component
class OrderOutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OrderOutboxRelay.class);
    private static final int RECORDS_PER_ROUND = 50;

    private final OutboxRepository outbox;
    private final BusPublisher bus;
    private final TandemProperties.Outbox settings;
    private final Backoff backoff;
    private final Clock clock = Clock.systemUTC();
    private final Counter failedRounds;
    private volatile ScheduledExecutorService scheduler;

    OrderOutboxRelay(OutboxRepository outbox, BusPublisher bus, TandemProperties properties, MeterRegistry meters) {
        this.outbox = outbox;
        this.bus = bus;
        this.settings = properties.outbox();
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
        this.failedRounds = meters.counter("tandem.outbox.failed.rounds");
    }

    @Override
    public void start() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(
                1, Thread.ofVirtual().name("outbox-relay").factory());
        // On stop, the round in progress finishes; the next one, already scheduled, is dropped.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scheduler = executor;
        scheduleRound(Duration.ZERO);
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

    private void scheduleRound(Duration delay) {
        ScheduledExecutorService current = scheduler;
        if (current != null && !current.isShutdown()) {
            current.schedule(this::round, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void round() {
        Duration next;
        try {
            int found = publishPending();
            backoff.reset();
            next = found == RECORDS_PER_ROUND ? Duration.ZERO : settings.pollInterval();
        } catch (RuntimeException e) {
            failedRounds.increment();
            next = backoff.nextDelayAfterFailure();
            log.warn(
                    "Outbox relay failed {} time(s) in a row ({}); retrying in {} ms",
                    backoff.consecutiveFailures(),
                    e.toString(),
                    next.toMillis());
        }
        scheduleRound(next);
    }

    /** One round; returns how many pending records it found. */
    private int publishPending() {
        List<OutboxRecord> pending = outbox.findPending(RECORDS_PER_ROUND);
        Instant now = clock.instant();
        Instant leaseEnd = now.plus(settings.lease());
        List<OutboxRecord> leased = pending.stream()
                .filter(record -> outbox.lease(record.id(), now, leaseEnd))
                .toList();
        for (int from = 0; from < leased.size(); from += BusPublisher.MAX_BATCH) {
            List<OutboxRecord> batch = leased.subList(from, Math.min(from + BusPublisher.MAX_BATCH, leased.size()));
            try {
                bus.publish(batch, record -> outbox.markSent(record.id(), clock.instant()));
            } catch (RuntimeException e) {
                leased.subList(from, leased.size()).forEach(record -> outbox.release(record.id()));
                throw e;
            }
        }
        return pending.size();
    }
}

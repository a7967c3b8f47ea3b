package dev.tandem.lab.load;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Sends requests and measures their latencies, in one of two ways.
 *
 * <p>{@link #openLoop}: requests start on a schedule, each on its own virtual thread, whether or not
 * the previous ones have answered. A request's latency counts from when the schedule wanted it sent,
 * not from when it was sent, so a stall shows up in the percentiles as it would for the clients
 * waiting behind it instead of being hidden by a driver that politely waited (coordinated omission).
 *
 * <p>{@link #saturate}: a fixed number of clients each send their next request as soon as the last
 * one answers. That finds the most a service can answer; its latencies are not what a client at a
 * given rate sees, so the lab takes percentiles from open-loop phases only.
 */
public final class LoadDriver {

    /** Beyond this many requests in flight the schedule's requests are counted as dropped, not sent. */
    static final int MAX_IN_FLIGHT = 2_000;

    private final Progress progress;

    public LoadDriver(Progress progress) {
        this.progress = progress;
    }

    /** Sends what {@code next} supplies at the rate {@code profile} asks for, for {@code duration}. */
    public Map<String, LatencySummary> openLoop(
            String phase, RateProfile profile, Duration duration, Supplier<Request> next) {
        LatencyBook book = new LatencyBook();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long sent = 0;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            double due = 0;
            while (true) {
                long intended = start + (long) (due * 1e9);
                if (intended >= end) {
                    break;
                }
                long wait = intended - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                Request request = next.get();
                if (inFlight.tryAcquire()) {
                    sent++;
                    threads.submit(() -> {
                        try {
                            int status = request.call().send();
                            book.record(request.endpoint(), System.nanoTime() - intended, status);
                        } catch (Exception e) {
                            book.error(request.endpoint());
                        } finally {
                            inFlight.release();
                        }
                    });
                } else {
                    book.dropped(request.endpoint());
                }
                due += 1 / Math.max(0.01, profile.perSecondAt(due));
                progress.update(
                        phase,
                        (double) (System.nanoTime() - start) / (end - start),
                        String.format("%,d sent, %.0f/s now", sent, profile.perSecondAt(due)));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, LatencySummary> summaries = book.summaries(seconds);
        progress.done(String.format("%-28s %,d requests in %.1f s", phase, book.total(), seconds));
        return summaries;
    }

    /** {@code clients} clients send {@code request} back to back for {@code duration}. */
    public LatencySummary saturate(String phase, int clients, Duration duration, Request request) {
        LatencyBook book = new LatencyBook();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        long sentAt = System.nanoTime();
                        try {
                            int status = request.call().send();
                            book.record(request.endpoint(), System.nanoTime() - sentAt, status);
                        } catch (Exception e) {
                            book.error(request.endpoint());
                        }
                    }
                });
            }
            while (System.nanoTime() < end) {
                LockSupport.parkNanos(100_000_000L);
                progress.update(
                        phase,
                        (double) (System.nanoTime() - start) / (end - start),
                        String.format("%,d answered", book.total()));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        LatencySummary summary = book.summaries(seconds)
                .getOrDefault(request.endpoint(), LatencySummary.of(request.endpoint(), new double[0], 0, 0, seconds));
        progress.done(String.format("%-28s %,.0f/s with %d clients", phase, summary.throughput(), clients));
        return summary;
    }
}

package dev.tandem.lab.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.IntFunction;
import tools.jackson.databind.JsonNode;

/**
 * Follows asynchronous work to its end: orders from {@code POST /api/orders} to {@code PAID}, images
 * from the upload to {@code READY}. Each item is polled through the public API until it settles or
 * the deadline passes; an item's end time is when a poll first saw it settled, so the times carry
 * the polling's resolution (one sweep of everything still pending).
 */
public final class Pipelines {

    private static final int POLLERS = 24;

    private final ShopApi api;
    private final Progress progress;

    public Pipelines(ShopApi api, Progress progress) {
        this.api = api;
        this.progress = progress;
    }

    /**
     * Starts {@code count} items ({@code start} answers the path to poll, or throws), {@code
     * concurrency} at a time, then polls each path until {@code field} leaves {@code pendingValue},
     * for at most {@code deadlineSeconds} after the first start.
     */
    public Timeline run(
            String name,
            int count,
            int concurrency,
            IntFunction<String> start,
            String field,
            String pendingValue,
            String wantedValue,
            double deadlineSeconds) {
        long t0 = System.nanoTime();
        Map<Integer, Item> items = new ConcurrentHashMap<>();
        Semaphore slots = new Semaphore(concurrency);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int index = i;
                slots.acquireUninterruptibly();
                threads.submit(() -> {
                    long began = System.nanoTime();
                    try {
                        String path = start.apply(index);
                        items.put(index, new Item(path, ms(t0, began), ms(t0, System.nanoTime())));
                    } catch (RuntimeException e) {
                        items.put(index, Item.failed(ms(t0, began), e.getMessage()));
                    } finally {
                        slots.release();
                    }
                });
                progress.update(name + ": start", (double) i / count, String.format("%d of %d", i, count));
            }
        }
        double started = ms(t0, System.nanoTime()) / 1000;
        progress.done(String.format("%-28s %d started in %.1f s", name + ": start", count, started));
        poll(name, items, field, pendingValue, t0, deadlineSeconds);
        List<Item> ordered = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ordered.add(items.get(i));
        }
        Timeline timeline = new Timeline(name, wantedValue, ordered);
        progress.done(String.format(
                "%-28s %d of %d %s, last after %.1f s",
                name, timeline.reached(), count, wantedValue, timeline.lastDoneMs() / 1000));
        return timeline;
    }

    private void poll(
            String name, Map<Integer, Item> items, String field, String pending, long t0, double deadlineSeconds) {
        Function<Item, Boolean> open = item -> item.path() != null && item.doneMs() < 0;
        while (items.values().stream().anyMatch(open::apply) && ms(t0, System.nanoTime()) < deadlineSeconds * 1000) {
            List<Map.Entry<Integer, Item>> waiting = items.entrySet().stream()
                    .filter(e -> open.apply(e.getValue()))
                    .toList();
            Semaphore slots = new Semaphore(POLLERS);
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (Map.Entry<Integer, Item> entry : waiting) {
                    slots.acquireUninterruptibly();
                    threads.submit(() -> {
                        try {
                            JsonNode state = api.json(entry.getValue().path());
                            String value = state.path(field).asString();
                            if (!value.equals(pending)) {
                                items.put(entry.getKey(), entry.getValue().settled(value, ms(t0, System.nanoTime())));
                            }
                        } catch (Exception e) {
                            // A failed poll is tried again on the next sweep.
                        } finally {
                            slots.release();
                        }
                    });
                }
            }
            long settled = items.values().stream().filter(i -> i.doneMs() >= 0).count();
            progress.update(
                    name + ": wait",
                    (double) settled / items.size(),
                    String.format("%d of %d settled", settled, items.size()));
            sleepQuietly(100);
        }
    }

    private static double ms(long t0, long now) {
        return (now - t0) / 1e6;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One order's or image's way through a pipeline, in milliseconds since the pipeline's first start.
     *
     * @param path where its state is read, null if starting it failed
     * @param startedMs when its request was sent
     * @param acceptedMs when the API answered it
     * @param doneMs when a poll first saw it settled; -1 if it never did
     * @param outcome the value it settled on, or why it failed to start
     */
    public record Item(String path, double startedMs, double acceptedMs, double doneMs, String outcome) {

        Item(String path, double startedMs, double acceptedMs) {
            this(path, startedMs, acceptedMs, -1, "pending");
        }

        static Item failed(double startedMs, String why) {
            return new Item(null, startedMs, -1, -1, "failed: " + why);
        }

        Item settled(String value, double atMs) {
            return new Item(path, startedMs, acceptedMs, atMs, value);
        }
    }

    /** Every item of one pipeline run. */
    public record Timeline(String name, String wanted, List<Item> items) {

        /** Items that settled on the wanted value. */
        public long reached() {
            return items.stream().filter(i -> i.outcome().equals(wanted)).count();
        }

        /** When the last wanted item settled, in ms since the first start; 0 if none did. */
        public double lastDoneMs() {
            return items.stream()
                    .filter(i -> i.outcome().equals(wanted))
                    .mapToDouble(Item::doneMs)
                    .max()
                    .orElse(0);
        }

        /** End-to-end times (accepted to settled) of the items that reached the wanted value. */
        public double[] endToEndMs() {
            return items.stream()
                    .filter(i -> i.outcome().equals(wanted))
                    .mapToDouble(i -> i.doneMs() - i.startedMs())
                    .toArray();
        }
    }
}

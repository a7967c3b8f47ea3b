package dev.tandem.localcloud.run;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens a shop worth looking at: into an empty catalog it puts {@link ShopSeedData#standard() a dozen products}, each
 * with an illustration that the real image-resizer renders, and an order history that the real payment processor
 * pays, so that the storefront, the admin page and the recommendations have something to show from the first page
 * view. A catalog that has any product is left as it is, so a second start on a stack that is kept (an emulator's)
 * seeds nothing twice.
 *
 * <p>Everything goes through the service's public API, as a client would: the admin creates the products and asks
 * for upload URLs, the images go straight to S3, the orders are placed at checkout. The calls run side by side on
 * virtual threads, a few at a time so as not to drown the service, in three rounds (one image and one order, the
 * other orders, the other images); each round waits, within one deadline, until its images are {@code READY} and its
 * orders {@code PAID} or {@code PAYMENT_FAILED}.
 */
public final class ShopSeed {

    /** How long the image-resizer and the payment processor get to finish the seed's work, from the first upload. */
    static final Duration SETTLE_DEADLINE = Duration.ofSeconds(90);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration SETTLE_POLL = Duration.ofMillis(300);
    /** Enough to keep the service busy, few enough not to make its transactions on one product conflict. */
    private static final int CALLS_AT_ONCE = 6;

    private static final String PENDING_IMAGE = "PENDING";
    private static final String PENDING_ORDER = "PENDING_PAYMENT";

    private final ShopClient api;
    private final ShopSeedData seed;
    private final Semaphore callsAtOnce = new Semaphore(CALLS_AT_ONCE);

    public ShopSeed(URI serviceUri, String adminToken) {
        this(new ShopClient(serviceUri, adminToken), ShopSeedData.standard());
    }

    ShopSeed(ShopClient api, ShopSeedData seed) {
        this.api = api;
        this.seed = seed;
    }

    /** What a seed did. */
    public sealed interface Outcome {

        /** The catalog had products already, so nothing was added. */
        record AlreadyStocked() implements Outcome {}

        /** The seed went in; every image is {@code READY} and every order settled. */
        record Seeded(int products, int images, int paidOrders, int failedOrders, Duration took) implements Outcome {}
    }

    /**
     * Seeds the shop if its catalog is empty, printing one line as it begins and one when it is done.
     *
     * @throws IllegalStateException if a call is refused, an image is rejected, or the images and orders have not
     *     settled within {@link #SETTLE_DEADLINE}; the message says what was left
     */
    public Outcome seedIfEmpty(PrintStream out) {
        if (!api.get("/api/products?limit=1").path("items").isEmpty()) {
            out.println("The shop has products already: not seeding it");
            return new Outcome.AlreadyStocked();
        }
        Instant begin = Instant.now();
        out.printf(
                "Seeding the shop: %d products, %d images, %d orders...%n",
                seed.products().size(), seed.products().size(), seed.orders().size());

        Map<String, String> productIds = createProducts();
        // One image and one order alone first, then the other orders, then the other images: a function's first
        // invocation loads its classes and opens its connections, and a second execution environment starts a JVM;
        // on a busy machine either can run past the payment processor's 15 s timeout if the other function is
        // working at the same time, and a failed batch waits out the queue's visibility timeout.
        List<ShopSeedData.Product> products = seed.products();
        List<ShopSeedData.Order> orders = seed.orders();
        Instant deadline = Instant.now().plus(SETTLE_DEADLINE);
        Sent first = send(products.subList(0, 1), orders.subList(0, 1), productIds);
        List<String> statuses = new ArrayList<>(settle(productIds.values(), first, deadline));
        Sent otherOrders = send(List.of(), orders.subList(1, orders.size()), productIds);
        statuses.addAll(settle(productIds.values(), otherOrders, deadline));
        Sent otherImages = send(products.subList(1, products.size()), List.of(), productIds);
        settle(productIds.values(), otherImages, deadline);

        Outcome.Seeded seeded = new Outcome.Seeded(
                productIds.size(),
                first.imageIds().size() + otherImages.imageIds().size(),
                count(statuses, "PAID"),
                count(statuses, "PAYMENT_FAILED"),
                Duration.between(begin, Instant.now()));
        out.printf(
                "Seeding the shop: done in %.1f s (%d products with their images READY, %d orders PAID, %d"
                        + " PAYMENT_FAILED)%n",
                seeded.took().toMillis() / 1000.0, seeded.products(), seeded.paidOrders(), seeded.failedOrders());
        return seeded;
    }

    /** Each product's id by SKU. */
    private Map<String, String> createProducts() {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> ids = seed.products().stream()
                    .map(product -> threads.submit(() -> call(() -> api.post(
                                    "/api/products",
                                    true,
                                    json(new NewProduct(
                                            product.sku(),
                                            product.name(),
                                            product.description(),
                                            product.priceCents(),
                                            product.currency(),
                                            product.stock())))
                            .path("id")
                            .asString())))
                    .toList();
            List<String> created = results(ids);
            Map<String, String> bySku = new LinkedHashMap<>();
            for (int i = 0; i < created.size(); i++) {
                bySku.put(seed.products().get(i).sku(), created.get(i));
            }
            return bySku;
        }
    }

    /** The ids of the images uploaded and the orders placed by one {@link #send}. */
    private record Sent(List<String> imageIds, List<String> orderIds) {}

    /** Uploads the products' images and places the orders, all side by side. */
    private Sent send(
            List<ShopSeedData.Product> products, List<ShopSeedData.Order> orders, Map<String, String> productIds) {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> images = products.stream()
                    .map(product -> threads.submit(() -> uploadImage(product, productIds.get(product.sku()))))
                    .toList();
            List<Future<String>> placed = orders.stream()
                    .map(order -> threads.submit(() -> placeOrder(order, productIds)))
                    .toList();
            return new Sent(results(images), results(placed));
        }
    }

    /** Asks for an upload URL and PUTs the illustration to it; the image's id. */
    private String uploadImage(ShopSeedData.Product product, String productId) {
        byte[] png = seed.image(product);
        JsonNode upload = call(() -> api.post(
                "/api/products/" + productId + "/images", true, json(new ImageUpload("image/png", png.length))));
        call(() -> api.upload(upload.path("upload"), png));
        return upload.path("imageId").asString();
    }

    /** Places one order of the history; its id. */
    private String placeOrder(ShopSeedData.Order order, Map<String, String> productIds) {
        List<OrderLine> lines = order.lines().entrySet().stream()
                .map(line -> new OrderLine(productIds.get(line.getKey()), line.getValue()))
                .toList();
        String body = json(new PlaceOrder(lines, order.card(), order.customer()));
        return call(() -> api.postIdempotently(
                        "/api/orders", body, UUID.randomUUID().toString()))
                .path("orderId")
                .asString();
    }

    /**
     * Waits until no image is {@code PENDING} and no order {@code PENDING_PAYMENT}; the orders' final statuses. One
     * page of the catalog shows every image's status; the orders are looked at one by one, the unsettled ones only.
     */
    private List<String> settle(Collection<String> productIds, Sent sent, Instant deadline) {
        List<String> imageIds = sent.imageIds();
        Map<String, String> orders = new LinkedHashMap<>();
        sent.orderIds().forEach(id -> orders.put(id, PENDING_ORDER));
        Set<String> seededProducts = Set.copyOf(productIds);
        while (true) {
            Map<String, String> images = imageStatuses(seededProducts);
            List<String> rejected = images.entrySet().stream()
                    .filter(image -> image.getValue().equals("REJECTED"))
                    .map(Map.Entry::getKey)
                    .toList();
            if (!rejected.isEmpty()) {
                throw new IllegalStateException("the image-resizer rejected images " + rejected
                        + " of the shop's seed (GET /api/products/{id}/images/{imageId} says why)");
            }
            refreshOrders(orders);
            long pendingImages = imageIds.stream()
                    .filter(id -> images.getOrDefault(id, PENDING_IMAGE).equals(PENDING_IMAGE))
                    .count();
            long pendingOrders = count(orders.values(), PENDING_ORDER);
            if (pendingImages == 0 && pendingOrders == 0) {
                return List.copyOf(orders.values());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(("%d of %d images still PENDING and %d of %d orders still"
                                + " PENDING_PAYMENT after %d s: the image-resizer or the payment processor is not"
                                + " keeping up, or not running (their log lines above say which)")
                        .formatted(
                                pendingImages,
                                imageIds.size(),
                                pendingOrders,
                                orders.size(),
                                SETTLE_DEADLINE.toSeconds()));
            }
            ShopClient.pause(SETTLE_POLL);
        }
    }

    /** Each image's status by id, for the seeded products, from the first page of the catalog. */
    private Map<String, String> imageStatuses(Set<String> productIds) {
        Map<String, String> statuses = new HashMap<>();
        for (JsonNode product : api.get("/api/products?limit=100").path("items")) {
            if (productIds.contains(product.path("id").asString())) {
                for (JsonNode image : product.path("images")) {
                    statuses.put(
                            image.path("imageId").asString(),
                            image.path("status").asString());
                }
            }
        }
        return statuses;
    }

    private void refreshOrders(Map<String, String> orders) {
        List<String> pending = orders.entrySet().stream()
                .filter(order -> order.getValue().equals(PENDING_ORDER))
                .map(Map.Entry::getKey)
                .toList();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> statuses = pending.stream()
                    .map(id -> threads.submit(() -> call(
                            () -> api.get("/api/orders/" + id).path("status").asString())))
                    .toList();
            List<String> results = results(statuses);
            for (int i = 0; i < pending.size(); i++) {
                orders.put(pending.get(i), results.get(i));
            }
        }
    }

    /** Runs one call to the service once fewer than {@value #CALLS_AT_ONCE} others are running. */
    private <T> T call(Supplier<T> request) {
        callsAtOnce.acquireUninterruptibly();
        try {
            return request.get();
        } finally {
            callsAtOnce.release();
        }
    }

    private static <T> List<T> results(List<Future<T>> futures) {
        List<T> results = new ArrayList<>(futures.size());
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return results;
    }

    private static int count(Collection<String> statuses, String status) {
        return (int) statuses.stream().filter(status::equals).count();
    }

    private static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    /** The body of {@code POST /api/products}. */
    record NewProduct(String sku, String name, String description, long priceCents, String currency, int stock) {}

    /** The body of {@code POST /api/products/{id}/images}. */
    record ImageUpload(String contentType, long contentLength) {}

    /** The body of {@code POST /api/orders}. */
    record PlaceOrder(List<OrderLine> items, String paymentToken, String customerEmail) {}

    /** One line of {@link PlaceOrder}. */
    record OrderLine(String productId, int quantity) {}
}

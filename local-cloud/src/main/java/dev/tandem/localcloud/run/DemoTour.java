package dev.tandem.localcloud.run;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;

/**
 * A scripted tour through the running app, over its public API only: create a product, upload a
 * real JPEG and wait for its renditions, place a paid and a declined order and wait for each to
 * settle, then buy the product with a second one three times and wait until the recommendation
 * engine says that customers who bought the one also bought the other. Prints every step with its
 * timing; passes only if every step ends as expected.
 *
 * <p>{@code ./run-local --demo} runs it once everything is up, on the seeded shop unless {@code --empty} is given;
 * the end-to-end tests run it too, on an empty one, so that the command a newcomer tries first keeps working. It
 * works only with a product of its own, so its steps end the same way on either.
 */
public final class DemoTour {

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    private final ShopClient api;

    public DemoTour(URI baseUri, String adminToken) {
        this.api = new ShopClient(baseUri, adminToken);
    }

    /** Runs every step, printing each; whether every one ended as expected. */
    public boolean run() {
        try {
            String sku = "DEMO-" + Instant.now().toEpochMilli();
            JsonNode product = step("create a product", () -> api.post("/api/products", true, """
                    {"sku":"%s","name":"Demo mug","description":"Stoneware, 350 ml","priceCents":1250,\
                    "currency":"EUR","stock":10}""".formatted(sku)));
            String productId = product.path("id").asString();

            byte[] jpeg = demoJpeg();
            JsonNode upload = step(
                    "ask for an upload URL",
                    () -> api.post(
                            "/api/products/" + productId + "/images",
                            true,
                            "{\"contentType\":\"image/jpeg\",\"contentLength\":" + jpeg.length + "}"));
            String imageId = upload.path("imageId").asString();
            step("PUT " + jpeg.length / 1024 + " KiB straight to S3", () -> api.upload(upload.path("upload"), jpeg));
            JsonNode image = step(
                    "wait for the renditions",
                    () -> api.pollUntil(
                            "/api/products/" + productId + "/images/" + imageId,
                            json -> !json.path("status").asString().equals("PENDING"),
                            DEADLINE));
            boolean imageReady = expect(image.path("status").asString(), "READY");
            image.path("renditions")
                    .values()
                    .forEach(r -> System.out.printf(
                            "      %-9s %4d x %-4d %s%n",
                            r.path("name").asString(),
                            r.path("width").asInt(),
                            r.path("height").asInt(),
                            r.path("contentType").asString()));

            boolean paid = order(productId, "tok_visa", "PAID");
            boolean declined = order(productId, "tok_chargeDeclined", "PAYMENT_FAILED");
            boolean alsoBought = alsoBought(productId, sku);
            boolean passed = imageReady && paid && declined && alsoBought;
            System.out.println(passed ? "demo: every step ended as expected" : "demo: FAILED");
            return passed;
        } catch (RuntimeException e) {
            System.out.println("demo: FAILED: " + e.getMessage());
            return false;
        }
    }

    private boolean order(String productId, String paymentToken, String expectedStatus) {
        JsonNode order = step(
                "place an order paid with " + paymentToken,
                () -> api.post("/api/orders", false, """
                {"items":[{"productId":"%s","quantity":1}],"paymentToken":"%s",\
                "customerEmail":"demo@example.com"}""".formatted(productId, paymentToken)));
        Predicate<JsonNode> settled = json -> !json.path("status").asString().equals("PENDING_PAYMENT");
        JsonNode result = step(
                "wait for the payment",
                () -> api.pollUntil("/api/orders/" + order.path("orderId").asString(), settled, DEADLINE));
        return expect(result.path("status").asString(), expectedStatus);
    }

    /**
     * Three paid orders of the mug with a saucer; the service rebuilds its model after a few paid orders (under
     * local-cloud), so the mug's recommendations soon name the saucer.
     */
    private boolean alsoBought(String mugId, String sku) {
        JsonNode saucer = step("create a second product", () -> api.post("/api/products", true, """
                {"sku":"%s-SAUCER","name":"Demo saucer","description":"Stoneware, 15 cm","priceCents":650,\
                "currency":"EUR","stock":10}""".formatted(sku)));
        String saucerId = saucer.path("id").asString();
        boolean allPaid = true;
        for (int i = 1; i <= 3; i++) {
            JsonNode order = step(
                    "order the mug with the saucer (" + i + " of 3)",
                    () -> api.post("/api/orders", false, """
                    {"items":[{"productId":"%s","quantity":1},{"productId":"%s","quantity":1}],\
                    "paymentToken":"tok_visa","customerEmail":"demo@example.com"}""".formatted(mugId, saucerId)));
            JsonNode result = step(
                    "wait for the payment",
                    () -> api.pollUntil(
                            "/api/orders/" + order.path("orderId").asString(),
                            json -> !json.path("status").asString().equals("PENDING_PAYMENT"),
                            DEADLINE));
            allPaid &= expect(result.path("status").asString(), "PAID");
        }
        JsonNode recommendations = step(
                "wait for the mug's recommendations",
                () -> api.pollUntil(
                        "/api/products/" + mugId + "/recommendations?limit=3",
                        json -> json.path("basis").asString().equals("co-purchases")
                                && json.path("items").values().stream().anyMatch(item -> item.path("productId")
                                        .asString()
                                        .equals(saucerId)),
                        DEADLINE));
        recommendations
                .path("items")
                .values()
                .forEach(item -> System.out.printf(
                        "      also bought: %-20s score %.2f%n",
                        item.path("name").asString(), item.path("score").asDouble()));
        System.out.printf(
                "      (model %s)%n", recommendations.path("modelVersion").asString());
        return allPaid;
    }

    private static <T> T step(String description, Supplier<T> action) {
        Instant start = Instant.now();
        T result = action.get();
        System.out.printf(
                "  %-44s %6d ms%n",
                description, Duration.between(start, Instant.now()).toMillis());
        return result;
    }

    private static boolean expect(String actual, String expected) {
        boolean matches = actual.equals(expected);
        System.out.printf("      -> %s%s%n", actual, matches ? "" : " (expected " + expected + ")");
        return matches;
    }

    /** A 1600 x 1200 photo-like JPEG: gradients and shapes, so the renditions have something to show. */
    static byte[] demoJpeg() {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x1d3557), 1600, 1200, new Color(0xf1faee)));
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(new Color(0xe63946));
        g.fillOval(500, 300, 600, 600);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The synthesized app, run as the README's run command runs it: the templates in infra/cdk.out deployed through
 * AWS's APIs, the function jars created with {@code lambda:CreateFunction} (local-cloud runs each in JVMs of its
 * own), the service jar as a child process. Driven through the public API only.
 */
@ExtendWith({TargetCondition.class, TandemExtension.class})
class LocalCloudStackIT {

    private static final Duration SETTLE = Duration.ofSeconds(60);

    private final TandemApi api;

    LocalCloudStackIT(RunningTandem tandem) {
        this.api = tandem.api();
    }

    @Test
    void anUploadedJpegBecomesReadyThroughTheRealResizer() throws IOException {
        String productId = createProduct(3);
        byte[] jpeg = jpeg(2400, 1600);
        JsonNode upload = api.postAsAdmin(
                        "/api/products/" + productId + "/images",
                        "{\"contentType\":\"image/jpeg\",\"contentLength\":" + jpeg.length + "}")
                .body();

        assertThat(api.upload(upload.path("upload"), jpeg)).isEqualTo(200);

        String imagePath = "/api/products/" + productId + "/images/"
                + upload.path("imageId").asString();
        JsonNode image = await().atMost(SETTLE).until(() -> api.get(imagePath).body(), json -> !json.path("status")
                .asString()
                .equals("PENDING"));
        assertThat(image.path("status").asString()).isEqualTo("READY");
        assertThat(image.path("renditions")
                        .valueStream()
                        .map(r -> r.path("name").asString() + " "
                                + r.path("width").asInt() + "x"
                                + r.path("height").asInt()))
                .containsExactlyInAnyOrder("thumbnail 200x133", "medium 800x533", "large 1600x1067");
    }

    @Test
    void anOrderPaidWithAGoodCardBecomesPaid() {
        String productId = createProduct(5);

        JsonNode order = placeOrder(productId, "tok_visa");

        assertThat(settle(order).path("status").asString()).isEqualTo("PAID");
    }

    @Test
    void aDeclinedOrderFailsAndReleasesItsStock() {
        String productId = createProduct(5);

        JsonNode order = placeOrder(productId, "tok_chargeDeclined");

        JsonNode settled = settle(order);
        assertThat(settled.path("status").asString()).isEqualTo("PAYMENT_FAILED");
        assertThat(settled.path("failureReason").asString()).isEqualTo("CARD_DECLINED");
        await().atMost(SETTLE).untilAsserted(() -> assertThat(api.get("/api/products/" + productId)
                        .body()
                        .path("stock")
                        .asInt())
                .isEqualTo(5));
    }

    private String createProduct(int stock) {
        TandemApi.Response created = api.postAsAdmin("/api/products", """
                {"sku":"E2E-%s","name":"Mug","description":"Stoneware","priceCents":1250,"currency":"EUR",\
                "stock":%d}""".formatted(UUID.randomUUID(), stock));
        assertThat(created.status()).isEqualTo(201);
        return created.body().path("id").asString();
    }

    private JsonNode placeOrder(String productId, String paymentToken) {
        TandemApi.Response placed = api.post("/api/orders", """
                {"items":[{"productId":"%s","quantity":2}],"paymentToken":"%s","customerEmail":"e2e@example.com"}""".formatted(productId, paymentToken));
        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.body().path("status").asString()).isEqualTo("PENDING_PAYMENT");
        return placed.body();
    }

    private JsonNode settle(JsonNode order) {
        String path = "/api/orders/" + order.path("orderId").asString();
        return await().atMost(SETTLE).until(() -> api.get(path).body(), json -> !json.path("status")
                .asString()
                .equals("PENDING_PAYMENT"));
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x457b9d));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xe63946));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}

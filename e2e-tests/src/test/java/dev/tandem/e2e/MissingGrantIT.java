package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.localcloud.run.LocalCloudOptions;
import dev.tandem.localcloud.run.TandemLocal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a deployment that lacks a grant meets, shown on local-cloud with IAM enforced: the synthesized template less
 * four grants, run as {@code ./run-local} runs it, and each flow that needs one of them refused with {@code
 * AccessDenied} for exactly that action on exactly that resource, as the call trail records it. Three of the four
 * were missing from the template until local-cloud enforced IAM (the instances' {@code BatchGetItem} and {@code Scan}
 * on the products table, the payment processor's {@code DeleteItem} on its idempotency table); the fourth is the
 * resizer's {@code PutObject} on renditions.
 */
@ExtendWith(LocalCloudOnly.class)
class MissingGrantIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    static Path directory;

    private static TandemLocal tandem;
    private static Path trail;
    private static RunningTandem running;
    private static Shop shop;
    private static TandemApi api;

    @BeforeAll
    static void startWithoutFourGrants() {
        Path assembly = TemplateSurgery.copy(
                Path.of(System.getProperty("tandem.cloudAssembly", "../infra/cdk.out")), directory.resolve("cdk.out"));
        TemplateSurgery.revoke(assembly, "InstanceRole", "dynamodb:BatchGetItem", "TablesProducts");
        TemplateSurgery.revoke(assembly, "InstanceRole", "dynamodb:Scan", "TablesProducts");
        TemplateSurgery.revoke(assembly, "PaymentProcessorRole", "dynamodb:DeleteItem", "PaymentIdempotency");
        TemplateSurgery.revoke(assembly, "ImageResizerRole", "s3:PutObject", "/renditions/*");
        String token = "missing-grant-token-" + UUID.randomUUID();
        Path run = directory.resolve("run");
        tandem = TandemLocal.start(assembly, LocalCloudOptions.forTests().withRunDirectory(run), freePort(), token);
        trail = run.resolve("trail.jsonl");
        running = new RunningTandem(tandem.serviceUri(), token, AwsAccess.emulated(tandem.endpoints()));
        shop = new Shop(running);
        api = running.api();
    }

    @AfterAll
    static void stop() {
        if (tandem != null) {
            tandem.close();
        }
    }

    @Test
    void listingProductsWithoutScanIsRefusedScanOnTheProductsTable() {
        assertThat(api.get("/api/products").status())
                .as("the service cannot list")
                .isGreaterThanOrEqualTo(500);

        assertThat(awaitDenial("dynamodb:Scan").path("resource").asString())
                .matches("arn:aws:dynamodb:us-east-1:000000000000:table/sandbox-tandem-data-TablesProducts[^/]*");
    }

    @Test
    void pricingAnOrderWithoutBatchGetItemIsRefusedBatchGetItemOnTheProductsTable() {
        String productId = shop.createProduct(3);

        assertThat(shop.order(productId, 1, "tok_visa").status())
                .as("the service cannot price the order")
                .isGreaterThanOrEqualTo(500);

        JsonNode denial = awaitDenial("dynamodb:BatchGetItem");
        assertThat(denial.path("resource").asString())
                .matches("arn:aws:dynamodb:us-east-1:000000000000:table/sandbox-tandem-data-TablesProducts[^/]*");
        assertThat(denial.path("principal").asString()).contains("InstanceRole");
    }

    @Test
    void releasingAPaymentClaimWithoutDeleteItemIsRefusedDeleteItemOnTheIdempotencyTable() {
        // The order cannot be priced without BatchGetItem, so the payment's event is put on the bus directly,
        // as the relay would: the flaky provider makes the processor release its claim.
        String orderId = UUID.randomUUID().toString();
        try (Deployment deployment = new Deployment(running)) {
            deployment
                    .eventBridge()
                    .putEvents(r -> r.entries(e -> e.eventBusName(Deployment.BUS)
                            .source("tandem.catalog")
                            .detailType("OrderPlaced")
                            .detail(orderPlaced(orderId, "tok_flaky"))));
        }

        JsonNode denial = awaitDenial("dynamodb:DeleteItem");
        assertThat(denial.path("resource").asString())
                .matches(
                        "arn:aws:dynamodb:us-east-1:000000000000:table/sandbox-tandem-data-TablesPaymentIdempotency[^/]*");
        assertThat(denial.path("principal").asString()).contains("PaymentProcessorRole");
    }

    @Test
    void renderingWithoutPutObjectOnRenditionsIsRefusedPutObjectThere() {
        String productId = shop.createProduct(1);
        String image = shop.uploadImage(productId, "image/jpeg", TestImages.jpeg(400, 300));
        String imageId = image.substring(image.lastIndexOf('/') + 1);

        JsonNode denial = awaitDenial("s3:PutObject");
        assertThat(denial.path("resource").asString())
                .startsWith("arn:aws:s3:::sandbox-tandem-data-media")
                .contains("/renditions/" + productId + "/" + imageId + "/");
        assertThat(denial.path("principal").asString()).contains("ImageResizerRole");
        assertThat(api.get(image).body().path("status").asString()).isEqualTo("PENDING");
    }

    /** The relay's event for a one-line order, as shared-model's contract describes it. */
    private static String orderPlaced(String orderId, String paymentToken) {
        return """
                {"eventId":"%s","occurredAt":"2026-12-01T10:00:00Z","correlationId":"missing-grant","version":1,\
                "orderId":"%s","lines":[{"productId":"prd-mug","quantity":1,\
                "unitPrice":{"amountMinor":1250,"currency":"EUR"}}],"total":{"amountMinor":1250,"currency":"EUR"},\
                "paymentToken":"%s"}""".formatted(UUID.randomUUID(), orderId, paymentToken);
    }

    /** The first call the trail shows refused {@code action}, once there is one. */
    private static JsonNode awaitDenial(String action) {
        return await().atMost(DEADLINE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> denials(action).stream().findFirst().orElse(null), denial -> denial != null);
    }

    private static List<JsonNode> denials(String action) {
        try {
            return Files.readAllLines(trail).stream()
                    .map(JSON::readTree)
                    .filter(call -> call.path("outcome").asString().equals("AccessDenied"))
                    .filter(call -> call.path("action").asString().equals(action))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

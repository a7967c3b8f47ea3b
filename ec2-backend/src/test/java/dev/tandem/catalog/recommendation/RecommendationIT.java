package dev.tandem.catalog.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.tandem.catalog.CatalogApi;
import dev.tandem.catalog.CatalogIntegrationTest;
import dev.tandem.catalog.TestEvents;
import dev.tandem.catalog.dynamodb.CatalogTables;
import dev.tandem.catalog.ids.Ids;
import dev.tandem.catalog.recommendation.RecommendationModel.Scored;
import dev.tandem.events.PaymentFailureReason;
import dev.tandem.events.PaymentSucceeded;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import tools.jackson.databind.JsonNode;

/**
 * The recommendation engine against LocalAws: paid orders found through the sparse index, the
 * builder's lease in DynamoDB Local, snapshots in S3Proxy, and the endpoint checked against the
 * OpenAPI document.
 */
@ExtendWith(OutputCaptureExtension.class)
class RecommendationIT extends CatalogIntegrationTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @Autowired
    private RecommendationRefresher refresher;

    @Autowired
    private CurrentModel current;

    @Autowired
    private SnapshotStore snapshots;

    @Autowired
    private CatalogTables tables;

    @Test
    void neverLetsTwoBuildersHoldTheLeaseAtOnce(DynamoDbClient dynamoDb) throws Exception {
        String leaseId = "it-lease-" + UUID.randomUUID();
        int builders = 8;
        ExecutorService threads = Executors.newFixedThreadPool(builders);
        try {
            CountDownLatch ready = new CountDownLatch(builders);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int b = 0; b < builders; b++) {
                BuilderLease lease = new BuilderLease(tables, dynamoDb, Clock.systemUTC(), leaseId);
                String owner = "builder-" + b;
                Callable<Boolean> attempt = () -> {
                    ready.countDown();
                    ready.await();
                    return lease.tryAcquire(owner, Duration.ofMinutes(1));
                };
                attempts.add(threads.submit(attempt));
            }
            long winners = 0;
            for (Future<Boolean> attempt : attempts) {
                winners += attempt.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void letsAnotherBuilderTakeTheLeaseOnlyOnceItIsReleasedOrExpired(DynamoDbClient dynamoDb) {
        String leaseId = "it-lease-" + UUID.randomUUID();
        Instant now = Instant.now();
        BuilderLease first = new BuilderLease(tables, dynamoDb, Clock.fixed(now, ZoneOffset.UTC), leaseId);
        BuilderLease second = new BuilderLease(tables, dynamoDb, Clock.fixed(now, ZoneOffset.UTC), leaseId);
        BuilderLease later =
                new BuilderLease(tables, dynamoDb, Clock.fixed(now.plusSeconds(61), ZoneOffset.UTC), leaseId);

        assertThat(first.tryAcquire("a", Duration.ofMinutes(1))).isTrue();
        assertThat(second.tryAcquire("b", Duration.ofMinutes(1))).isFalse();
        assertThat(first.tryAcquire("a", Duration.ofMinutes(1)))
                .as("the holder extends")
                .isTrue();
        second.release("b");
        assertThat(second.tryAcquire("b", Duration.ofMinutes(1)))
                .as("a release by another is a no-op")
                .isFalse();
        assertThat(later.tryAcquire("b", Duration.ofMinutes(1)))
                .as("once expired")
                .isTrue();
        first.release("a");
        assertThat(first.tryAcquire("a", Duration.ofMinutes(1)))
                .as("a's release after expiry is a no-op")
                .isFalse();
        later.release("b");
        assertThat(first.tryAcquire("a", Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void swapsInANewerSnapshotAnotherInstancePublished() {
        RecommendationModel built = refresher.rebuild();
        CoPurchaseModelBuilder elsewhere = new CoPurchaseModelBuilder(5);
        elsewhere.addOrder(List.of("elsewhere-a", "elsewhere-b"));
        Instant later = built.builtAt().plusMillis(1);
        RecommendationModel newer =
                elsewhere.build(SnapshotStore.newVersion(later.toEpochMilli()), later, later, Duration.ofMillis(3));

        snapshots.publish(newer);
        refresher.loadNewestSnapshot();

        assertThat(current.get().orElseThrow().version()).isEqualTo(newer.version());
        assertThat(current.get().orElseThrow().neighboursOf("elsewhere-a"))
                .extracting(Scored::productId)
                .containsExactly("elsewhere-b");
        JsonNode status =
                api().asAdmin("GET", "/api/recommendations/model", null).json();
        assertThat(status.at("/version").asString()).isEqualTo(newer.version());
        assertThat(status.at("/pairs").asLong()).isEqualTo(1);
        refresher.rebuild();
    }

    @Test
    void countsEachPaidOrderOnceAndNoFailedOne(EventBridgeClient bus, CapturedOutput output) {
        String x = product("X", 10);
        String y = product("Y", 10);
        String z = product("Z", 10);
        Order both = placeOrder(x, y);
        Order failed = placeOrder(x, z);
        Order alone = placeOrder(y);
        PaymentSucceeded paid = TestEvents.paymentSucceeded(both.id(), both.totalCents());
        TestEvents.publish(bus, paid);
        TestEvents.publish(bus, paid);
        TestEvents.publish(bus, TestEvents.paymentFailed(failed.id(), PaymentFailureReason.CARD_DECLINED));
        TestEvents.publish(bus, TestEvents.paymentSucceeded(alone.id(), alone.totalCents()));
        await().atMost(DEADLINE)
                .until(() -> TestEvents.timesHandled(output, paid) >= 2
                        && status(failed).equals("PAYMENT_FAILED")
                        && status(alone).equals("PAID"));

        RecommendationModel model = refresher.rebuild();

        // X is in 1 paid order, Y in 2, both together in 1: cos = 1 / sqrt(1 * 2). Counted twice, the
        // redelivered order would make it 2 / sqrt(2 * 3); the failed order would add Z.
        assertThat(model.neighboursOf(x)).extracting(Scored::productId).containsExactly(y);
        assertThat(model.neighboursOf(x).getFirst().score()).isCloseTo(1 / Math.sqrt(2), within(1e-6));
        assertThat(model.neighboursOf(z)).isEmpty();
        assertThat(model.bestsellers()).extracting(Scored::productId).doesNotContain(z);
    }

    @Test
    void recommendsCoPurchasesThenBestsellersAndLeavesOutWhatIsOutOfStock(EventBridgeClient bus) {
        String lamp = product("Lamp", 10);
        String bulb = product("Bulb", 10);
        String shade = product("Shade", 1);
        String loner = product("Loner", 10);
        List<Order> orders = List.of(placeOrder(lamp, bulb), placeOrder(lamp, bulb), placeOrder(lamp, shade));
        orders.forEach(order -> TestEvents.publish(bus, TestEvents.paymentSucceeded(order.id(), order.totalCents())));
        await().atMost(DEADLINE)
                .until(() -> orders.stream().allMatch(order -> status(order).equals("PAID")));
        RecommendationModel model = refresher.rebuild();

        CatalogApi.Response forLamp = api().get("/api/products/" + lamp + "/recommendations?limit=3");
        assertThat(forLamp.status()).isEqualTo(200);
        assertThat(forLamp.json().at("/basis").asString()).isEqualTo("co-purchases");
        assertThat(forLamp.json().at("/modelVersion").asString()).isEqualTo(model.version());
        // The shade sold out with its order, so only the bulb is left.
        assertThat(forLamp.json().at("/items").valueStream().map(item -> item.at("/productId")
                        .asString()))
                .containsExactly(bulb);
        assertThat(forLamp.json().at("/items/0/name").asString()).isEqualTo("Bulb");
        assertThat(forLamp.json().at("/items/0/score").asDouble()).isCloseTo(2 / Math.sqrt(6), within(1e-6));

        CatalogApi.Response forLoner = api().get("/api/products/" + loner + "/recommendations");
        assertThat(forLoner.status()).isEqualTo(200);
        assertThat(forLoner.json().at("/basis").asString()).isEqualTo("bestsellers");
        List<String> bestsellers = forLoner.json()
                .at("/items")
                .valueStream()
                .map(item -> item.at("/productId").asString())
                .toList();
        assertThat(bestsellers).isNotEmpty().hasSizeLessThanOrEqualTo(5).doesNotContain(loner, shade);
    }

    @Test
    void answersNotFoundForAnUnknownProductAndBadRequestForABadLimit() {
        String known = product("Known", 1);

        CatalogApi.Response unknown = api().get("/api/products/" + Ids.newId() + "/recommendations");
        CatalogApi.Response malformed = api().get("/api/products/not-an-id/recommendations");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(malformed.status()).isEqualTo(404);
        for (String limit : List.of("0", "21", "-1", "many")) {
            CatalogApi.Response bad = api().get("/api/products/" + known + "/recommendations?limit=" + limit);
            assertThat(bad.status()).as("limit=" + limit).isEqualTo(400);
            assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api().get("/api/products/" + known + "/recommendations?limit=20")
                        .status())
                .isEqualTo(200);
        assertThat(api().get("/api/recommendations/model").status()).isEqualTo(401);
    }

    private record Order(String id, long totalCents) {}

    private String product(String name, int stock) {
        JsonNode created = api().createProduct(500, "EUR", stock);
        String id = created.at("/id").asString();
        api().asAdmin("PATCH", "/api/products/" + id, Map.of("name", name));
        return id;
    }

    private Order placeOrder(String... productIds) {
        CatalogApi.Response placed = api().sendJson(
                        "POST",
                        "/api/orders",
                        Map.of(
                                "items",
                                List.of(productIds).stream()
                                        .map(id -> Map.of("productId", id, "quantity", 1))
                                        .toList(),
                                "paymentToken",
                                "tok_visa",
                                "customerEmail",
                                "ada@example.com"));
        assertThat(placed.status()).isEqualTo(201);
        return new Order(
                placed.json().at("/orderId").asString(),
                placed.json().at("/totalCents").asLong());
    }

    private String status(Order order) {
        return api().get("/api/orders/" + order.id()).json().at("/status").asString();
    }
}

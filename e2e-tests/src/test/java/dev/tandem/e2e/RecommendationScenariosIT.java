package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The recommendation engine through the API: paid orders that share products become "customers who
 * bought this also bought", in the order of their cosine similarity, within a deadline of the last
 * payment. The service rebuilds its model after a few paid orders when {@code ./run-local} starts it (local-cloud,
 * Floci, LocalStack); a deployed stack rebuilds after 500 or on the hour, so the first test is skipped there.
 */
@Scenario
class RecommendationScenariosIT {

    /** A check every 3 s, a rebuild after 3 paid orders: a few cycles, with room for a loaded machine. */
    private static final Duration REFLECTED = Duration.ofSeconds(90);

    private final Shop shop;
    private final TandemApi api;

    RecommendationScenariosIT(RunningTandem tandem) {
        this.shop = new Shop(tandem);
        this.api = tandem.api();
    }

    @Test
    void productsBoughtTogetherRecommendEachOtherMostSimilarFirst() {
        assumeTrue(
                E2eTarget.configured() != E2eTarget.AWS,
                "skipped: a deployed stack rebuilds its model after 500 paid orders or on the hour");
        String kettle = shop.createProduct(50);
        String teapot = shop.createProduct(50);
        String tea = shop.createProduct(50);
        // The kettle is in four orders: three with the teapot, one with the tea, and the tea is in that one only.
        // cos(kettle, teapot) = 3 / sqrt(4 * 3) = 0.866; cos(kettle, tea) = 1 / sqrt(4 * 1) = 0.5.
        List<String> orders = List.of(
                shop.placeOrder(Map.of(kettle, 1, teapot, 1), "tok_visa"),
                shop.placeOrder(Map.of(kettle, 1, teapot, 1), "tok_visa"),
                shop.placeOrder(Map.of(kettle, 1, teapot, 1), "tok_visa"),
                shop.placeOrder(Map.of(kettle, 1, tea, 1), "tok_visa"));
        orders.forEach(order ->
                assertThat(shop.settled(order).path("status").asString()).isEqualTo("PAID"));

        JsonNode recommended = await().atMost(REFLECTED)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> recommendations(kettle), json -> productIds(json).containsAll(List.of(teapot, tea)));

        assertThat(recommended.path("basis").asString()).isEqualTo("co-purchases");
        assertThat(productIds(recommended)).containsSubsequence(teapot, tea);
        Map<String, Double> scores = recommended.path("items").values().stream()
                .collect(Collectors.toMap(item -> item.path("productId").asString(), item -> item.path("score")
                        .asDouble()));
        assertThat(scores.get(teapot)).isCloseTo(3 / Math.sqrt(12), offset(1e-6));
        assertThat(scores.get(tea)).isCloseTo(0.5, offset(1e-6));
    }

    @Test
    void aProductBoughtOnlyAloneIsOfferedTheBestSellersAndAnUnknownOneIsNotFound() {
        String loner = shop.createProduct(10);
        assertThat(shop.settled(shop.placeOrder(Map.of(loner, 1), "tok_visa"))
                        .path("status")
                        .asString())
                .isEqualTo("PAID");

        JsonNode answer = recommendations(loner);

        assertThat(answer.path("basis").asString()).isEqualTo("bestsellers");
        assertThat(productIds(answer)).doesNotContain(loner);
        TandemApi.Response unknown = api.get("/api/products/00000000-0000-4000-8000-000000000000/recommendations");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(api.get("/api/products/" + loner + "/recommendations?limit=21")
                        .status())
                .isEqualTo(400);
    }

    private JsonNode recommendations(String productId) {
        TandemApi.Response response = api.get("/api/products/" + productId + "/recommendations?limit=5");
        assertThat(response.status()).as("recommendations: %s", response.body()).isEqualTo(200);
        return response.body();
    }

    private static List<String> productIds(JsonNode recommendations) {
        return recommendations.path("items").values().stream()
                .map(item -> item.path("productId").asString())
                .toList();
    }
}

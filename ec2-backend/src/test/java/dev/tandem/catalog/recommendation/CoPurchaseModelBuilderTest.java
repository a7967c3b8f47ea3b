package dev.tandem.catalog.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.catalog.recommendation.RecommendationModel.Scored;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoPurchaseModelBuilderTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    /*
     * Five paid orders, computed by hand:
     *
     *   o1 = {A, B}   o2 = {A, B, C}   o3 = {A, C}   o4 = {D}   o5 = {B, B} (two lines, one product)
     *
     * Orders containing each product: |A| = 3 (o1, o2, o3), |B| = 3 (o1, o2, o5), |C| = 2 (o2, o3),
     * |D| = 1 (o4). Orders containing both: |A∩B| = 2 (o1, o2), |A∩C| = 2 (o2, o3), |B∩C| = 1 (o2).
     *
     *   cos(A, B) = 2 / sqrt(3 * 3) = 2 / 3        = 0.6667
     *   cos(A, C) = 2 / sqrt(3 * 2) = 2 / 2.4495   = 0.8165
     *   cos(B, C) = 1 / sqrt(3 * 2) = 1 / 2.4495   = 0.4082
     *
     * So A's neighbours are C then B; B's are A then C; C's are A then B; D, bought alone, has none.
     */
    private static RecommendationModel handComputedExample() {
        CoPurchaseModelBuilder builder = new CoPurchaseModelBuilder(10);
        handComputedOrders().forEach(builder::addOrder);
        return builder.build("v-1", NOW, NOW, Duration.ofMillis(5));
    }

    private static List<List<String>> handComputedOrders() {
        return List.of(List.of("A", "B"), List.of("A", "B", "C"), List.of("A", "C"), List.of("D"), List.of("B", "B"));
    }

    @Test
    void scoresPairsByTheCosineOfTheOrdersThatContainThem() {
        RecommendationModel model = handComputedExample();

        assertThat(model.neighboursOf("A")).extracting(Scored::productId).containsExactly("C", "B");
        assertThat(model.neighboursOf("A").get(0).score()).isCloseTo(2 / Math.sqrt(6), within(1e-6));
        assertThat(model.neighboursOf("A").get(1).score()).isCloseTo(2.0 / 3, within(1e-6));
        assertThat(model.neighboursOf("B")).extracting(Scored::productId).containsExactly("A", "C");
        assertThat(model.neighboursOf("B").get(1).score()).isCloseTo(1 / Math.sqrt(6), within(1e-6));
        assertThat(model.neighboursOf("C")).extracting(Scored::productId).containsExactly("A", "B");
        assertThat(model.pairs()).isEqualTo(3);
        assertThat(model.orders()).isEqualTo(5);
        assertThat(model.products()).isEqualTo(4);
    }

    @Test
    void givesAProductBoughtOnlyAloneNoNeighbours() {
        assertThat(handComputedExample().neighboursOf("D")).isEmpty();
    }

    @Test
    void ranksBestsellersByTheOrdersThatContainThemThenById() {
        assertThat(handComputedExample().bestsellers())
                .extracting(Scored::productId)
                .containsExactly("A", "B", "C", "D");
        assertThat(handComputedExample().bestsellers().get(0).score()).isCloseTo(3.0 / 5, within(1e-9));
    }

    @Test
    void keepsOnlyTheBestNeighboursOfEachProduct() {
        CoPurchaseModelBuilder builder = new CoPurchaseModelBuilder(1);
        handComputedOrders().forEach(builder::addOrder);

        assertThat(builder.build("v-1", NOW, NOW, Duration.ZERO).neighboursOf("A"))
                .extracting(Scored::productId)
                .containsExactly("C");
    }

    @Test
    void countsTheSameWhetherPairsAreFoldedOnceOrManyTimes() {
        Random random = new Random(42);
        List<List<String>> orders = new ArrayList<>();
        for (int o = 0; o < 2_000; o++) {
            List<String> lines = new ArrayList<>();
            for (int l = 0; l < 1 + random.nextInt(5); l++) {
                lines.add("p" + random.nextInt(50));
            }
            orders.add(lines);
        }
        CoPurchaseModelBuilder once = new CoPurchaseModelBuilder(5);
        CoPurchaseModelBuilder often = new CoPurchaseModelBuilder(5, 3);
        orders.forEach(once::addOrder);
        orders.forEach(often::addOrder);

        RecommendationModel a = once.build("v", NOW, NOW, Duration.ZERO);
        RecommendationModel b = often.build("v", NOW, NOW, Duration.ZERO);
        assertThat(b.pairs()).isEqualTo(a.pairs());
        assertThat(b.neighbours()).isEqualTo(a.neighbours());
        assertThat(b.scores()).isEqualTo(a.scores());
    }

    @Test
    void readsBackTheSnapshotItWrites() {
        RecommendationModel model = handComputedExample();

        RecommendationModel read = SnapshotFormat.read(SnapshotFormat.write(model));

        assertThat(read.version()).isEqualTo("v-1");
        assertThat(read.builtAt()).isEqualTo(NOW);
        assertThat(read.buildDuration()).isEqualTo(Duration.ofMillis(5));
        assertThat(read.neighboursOf("A")).isEqualTo(model.neighboursOf("A"));
        assertThat(read.bestsellers()).isEqualTo(model.bestsellers());
        assertThat(read.pairs()).isEqualTo(3);
    }
}

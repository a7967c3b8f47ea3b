package dev.tandem.localcloud.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ShopSeedDataTest {

    private final ShopSeedData seed = ShopSeedData.standard();

    @Test
    void stocksADozenProductsInOneCurrencyWithStockLeftAfterTheHistory() {
        assertThat(seed.products()).hasSize(12);
        assertThat(seed.products()).extracting(ShopSeedData.Product::currency).containsOnly("EUR");
        assertThat(seed.products()).allSatisfy(product -> {
            assertThat(product.sku()).matches("[A-Za-z0-9][A-Za-z0-9._-]*");
            assertThat(product.priceCents()).isPositive();
            assertThat(product.stock()).isGreaterThan(sold(product.sku()));
        });
    }

    @Test
    void illustratesEachProductWithASmallPngOfItsOwn() throws IOException {
        long total = 0;
        for (ShopSeedData.Product product : seed.products()) {
            byte[] png = seed.image(product);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as(product.image()).isNotNull();
            assertThat(image.getWidth()).as(product.image()).isEqualTo(800);
            assertThat(image.getHeight()).as(product.image()).isEqualTo(800);
            total += png.length;
        }
        assertThat(seed.products()).extracting(ShopSeedData.Product::image).doesNotHaveDuplicates();
        assertThat(total).as("bytes of all images").isLessThan(300 * 1024);
    }

    @Test
    void hasAHistoryOfSmallOrdersMostlyPaidWithTheCardThatIsCharged() {
        assertThat(seed.orders()).hasSizeBetween(40, 60);
        assertThat(seed.orders()).allSatisfy(order -> {
            assertThat(order.lines()).hasSizeBetween(1, 4);
            assertThat(order.customer()).endsWith("@example.com");
        });
        Map<String, Long> cards =
                seed.orders().stream().collect(Collectors.groupingBy(ShopSeedData.Order::card, Collectors.counting()));
        assertThat(cards.keySet()).containsOnly("tok_visa", "tok_chargeDeclined", "tok_insufficientFunds");
        assertThat(cards.get("tok_visa")).isEqualTo(seed.orders().size() - 2L);
    }

    @Test
    void buysEachCornersProductsTogetherMoreOftenThanWithAnythingElse() {
        assertThat(mostOftenBoughtWith("TEA-POT")).isEqualTo("TEA-CUPS");
        assertThat(mostOftenBoughtWith("TEA-STRAINER")).isEqualTo("TEA-SENCHA");
        assertThat(mostOftenBoughtWith("CAM-BODY")).isIn("CAM-SD-128", "CAM-LENS-35");
        assertThat(mostOftenBoughtWith("CAM-LENS-35")).isIn("CAM-BODY", "CAM-SD-128");
        assertThat(mostOftenBoughtWith("DESK-PEN")).isEqualTo("DESK-INK");
        assertThat(Set.of("TEA", "CAM", "DESK")).allSatisfy(corner -> assertThat(seed.orders())
                .filteredOn(order -> order.lines().keySet().stream().anyMatch(sku -> sku.startsWith(corner)))
                .hasSizeGreaterThanOrEqualTo(10));
    }

    @Test
    void refusesAHistoryThatSellsMoreThanTheStockOrNamesAnUnknownProduct() {
        ShopSeedData.Product mug = new ShopSeedData.Product("MUG", "Mug", "Stoneware", 1250, "EUR", 2, "mug.png");

        assertThatThrownBy(() -> new ShopSeedData(
                        List.of(mug), List.of(new ShopSeedData.Order("a@example.com", "tok_visa", Map.of("MUG", 3)))))
                .hasMessageContaining("sells 3 of MUG but stocks 2");
        assertThatThrownBy(() -> new ShopSeedData(
                        List.of(mug), List.of(new ShopSeedData.Order("a@example.com", "tok_visa", Map.of("CUP", 1)))))
                .hasMessageContaining("unknown products [CUP]");
    }

    private int sold(String sku) {
        return seed.orders().stream()
                .mapToInt(order -> order.lines().getOrDefault(sku, 0))
                .sum();
    }

    /** The product that shares the most orders with {@code sku}. */
    private String mostOftenBoughtWith(String sku) {
        return seed.orders().stream()
                .filter(order -> order.lines().containsKey(sku))
                .flatMap(order -> order.lines().keySet().stream())
                .filter(other -> !other.equals(sku))
                .collect(Collectors.groupingBy(other -> other, Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }
}

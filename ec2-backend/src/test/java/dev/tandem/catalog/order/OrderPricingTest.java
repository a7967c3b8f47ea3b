package dev.tandem.catalog.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.catalog.product.ProductPrice;
import dev.tandem.catalog.web.ProblemException;
import dev.tandem.catalog.web.ProblemType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderPricingTest {

    private static final Map<String, ProductPrice> CATALOG = Map.of(
            "mug", new ProductPrice("mug", 1250, "EUR"),
            "teapot", new ProductPrice("teapot", 3999, "EUR"),
            "kettle", new ProductPrice("kettle", 4500, "USD"));

    @Test
    void pricesEachLineAtTheCurrentPriceAndSumsThem() {
        OrderPricing.PricedLines priced = OrderPricing.price(
                List.of(new PlaceOrderRequest.Item("mug", 2), new PlaceOrderRequest.Item("teapot", 1)), CATALOG);

        assertThat(priced.lines()).containsExactly(new Order.Line("mug", 2, 1250), new Order.Line("teapot", 1, 3999));
        assertThat(priced.totalCents()).isEqualTo(2 * 1250 + 3999);
        assertThat(priced.currency()).isEqualTo("EUR");
    }

    @Test
    void rejectsAnOrderForUnknownProductsNamingThem() {
        assertThatThrownBy(() -> OrderPricing.price(
                        List.of(new PlaceOrderRequest.Item("mug", 1), new PlaceOrderRequest.Item("ghost", 1)), CATALOG))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.UNKNOWN_PRODUCT);
                    assertThat(e.properties()).containsEntry("productIds", List.of("ghost"));
                });
    }

    @Test
    void rejectsAnOrderThatMixesCurrencies() {
        assertThatThrownBy(() -> OrderPricing.price(
                        List.of(new PlaceOrderRequest.Item("mug", 1), new PlaceOrderRequest.Item("kettle", 1)),
                        CATALOG))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.MIXED_CURRENCIES);
                    assertThat(e.properties()).containsEntry("currencies", List.of("EUR", "USD"));
                });
    }

    @Test
    void rejectsAProductOnTwoLinesNamingTheRepeat() {
        assertThatThrownBy(() -> OrderPricing.requireDistinctProducts(List.of(
                        new PlaceOrderRequest.Item("mug", 1),
                        new PlaceOrderRequest.Item("teapot", 1),
                        new PlaceOrderRequest.Item("mug", 2))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.INVALID_REQUEST);
                    assertThat(e.properties().get("errors")).asString().contains("items[2].productId");
                });
    }
}

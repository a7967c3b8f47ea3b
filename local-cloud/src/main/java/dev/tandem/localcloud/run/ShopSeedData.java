package dev.tandem.localcloud.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@link ShopSeed} puts into an empty shop, read from {@code shop/shop-seed.json} beside this class: a small
 * shop's products, each with an illustration in {@code shop/}, and its order history.
 *
 * <p>The history is written by hand so that the recommendations have something to find: three corners of the shop
 * whose products are bought together (a teapot with its cups and tea; a camera with its lens and memory card; a
 * notebook with a fountain pen and ink), re-orders of the consumables on their own, and a tote bag that goes with
 * anything. Two orders are paid with cards the payment processor refuses, as a real history has some.
 *
 * @param products every product once, in the order the storefront lists them
 * @param orders the history, each order's lines naming products by SKU
 */
record ShopSeedData(List<Product> products, List<Order> orders) {

    private static final String DIRECTORY = "shop/";

    /**
     * One product of the seed.
     *
     * @param image the file name of its illustration under {@code shop/}
     */
    record Product(
            String sku, String name, String description, long priceCents, String currency, int stock, String image) {}

    /**
     * One order of the history.
     *
     * @param card the simulated payment provider's test token ({@code tok_visa} is charged; {@code
     *     tok_chargeDeclined} and {@code tok_insufficientFunds} are refused)
     * @param lines quantity by SKU
     */
    record Order(String customer, String card, Map<String, Integer> lines) {}

    ShopSeedData {
        products = List.copyOf(products);
        orders = List.copyOf(orders);
        requireConsistent(products, orders);
    }

    /** The seed that ships with local-cloud. */
    static ShopSeedData standard() {
        try (InputStream json = resource("shop-seed.json")) {
            return JsonMapper.builder().build().readValue(json, ShopSeedData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shop's seed", e);
        }
    }

    /** The bytes of a product's illustration, a PNG. */
    byte[] image(Product product) {
        try (InputStream png = resource(product.image())) {
            return png.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + product.image(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = ShopSeedData.class.getResourceAsStream(DIRECTORY + name);
        if (stream == null) {
            throw new IllegalStateException("the shop's seed has no " + DIRECTORY + name);
        }
        return stream;
    }

    /** Every line names a product of the seed, and the history never sells more than the stock it starts with. */
    private static void requireConsistent(List<Product> products, List<Order> orders) {
        Map<String, Integer> stock = products.stream()
                .collect(Collectors.toMap(Product::sku, Product::stock, (a, b) -> {
                    throw new IllegalArgumentException("the shop's seed lists a SKU twice");
                }));
        Map<String, Integer> sold = new HashMap<>();
        for (Order order : orders) {
            Set<String> unknown = order.lines().keySet().stream()
                    .filter(sku -> !stock.containsKey(sku))
                    .collect(Collectors.toSet());
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("an order of the shop's seed names unknown products " + unknown);
            }
            order.lines().forEach((sku, quantity) -> sold.merge(sku, quantity, Integer::sum));
        }
        sold.forEach((sku, quantity) -> {
            if (quantity > stock.get(sku)) {
                throw new IllegalArgumentException(
                        "the shop's seed sells " + quantity + " of " + sku + " but stocks " + stock.get(sku));
            }
        });
    }
}

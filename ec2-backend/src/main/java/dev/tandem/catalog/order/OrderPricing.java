package dev.tandem.catalog.order;

import dev.tandem.catalog.product.ProductPrice;
import dev.tandem.catalog.web.FieldProblem;
import dev.tandem.catalog.web.ProblemException;
import dev.tandem.catalog.web.ProblemType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks an order request against the catalog and prices it: every product must exist, appear on
 * one line only, and be priced in the same currency; the total is the exact sum of the lines.
 */
final class OrderPricing {

    private OrderPricing() {}

    record PricedLines(List<Order.Line> lines, long totalCents, String currency) {}

    /** A 400 problem naming the repeated line, if a product appears on more than one. */
    static void requireDistinctProducts(List<PlaceOrderRequest.Item> items) {
        Map<String, Integer> firstLine = new HashMap<>();
        List<FieldProblem> repeats = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Integer first = firstLine.putIfAbsent(items.get(i).productId(), i);
            if (first != null) {
                repeats.add(new FieldProblem("items[" + i + "].productId", "repeats items[" + first + "]"));
            }
        }
        if (!repeats.isEmpty()) {
            throw new ProblemException(
                    ProblemType.INVALID_REQUEST,
                    "Each product may appear on one line only.",
                    Map.of("errors", repeats));
        }
    }

    static PricedLines price(List<PlaceOrderRequest.Item> items, Map<String, ProductPrice> prices) {
        List<String> unknown = items.stream()
                .map(PlaceOrderRequest.Item::productId)
                .filter(id -> !prices.containsKey(id))
                .toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(
                    ProblemType.UNKNOWN_PRODUCT,
                    "There is no product " + String.join(", ", unknown) + ".",
                    Map.of("productIds", unknown));
        }
        TreeSet<String> currencies = new TreeSet<>();
        items.forEach(item -> currencies.add(prices.get(item.productId()).currency()));
        if (currencies.size() > 1) {
            throw new ProblemException(
                    ProblemType.MIXED_CURRENCIES,
                    "The products are priced in " + String.join(" and ", currencies) + "; order them separately.",
                    Map.of("currencies", List.copyOf(currencies)));
        }
        List<Order.Line> lines = items.stream()
                .map(item -> new Order.Line(
                        item.productId(),
                        item.quantity(),
                        prices.get(item.productId()).priceCents()))
                .toList();
        long total = lines.stream()
                .mapToLong(line -> Math.multiplyExact(line.unitPriceCents(), line.quantity()))
                .reduce(0, Math::addExact);
        return new PricedLines(lines, total, currencies.first());
    }
}

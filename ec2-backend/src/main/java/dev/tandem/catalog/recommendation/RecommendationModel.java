package dev.tandem.catalog.recommendation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One built item-to-item model, immutable: each product's most similar products with their cosine
 * scores, and every product's number of paid orders (from which the best-sellers come). Held in
 * compressed sparse rows: product {@code p}'s neighbours are {@code neighbours[offsets[p] ..
 * offsets[p + 1])}, best first, with their scores at the same positions of {@code scores}.
 * Products are numbered in the order of their ids.
 */
final class RecommendationModel {

    /** Best-sellers kept ranked for the fallback: more than any page asks for. */
    private static final int BESTSELLERS = 100;

    private final String version;
    private final Instant builtAt;
    private final Instant dataAsOf;
    private final Duration buildDuration;
    private final long orders;
    private final long pairs;
    private final String[] productIds;
    private final int[] orderCounts;
    private final int[] offsets;
    private final int[] neighbours;
    private final float[] scores;
    private final Map<String, Integer> indexOf;
    private final int[] bestsellers;

    /**
     * @param dataAsOf when the build started reading paid orders: those paid since are not in it
     * @param orders how many paid orders it was built from
     * @param pairs how many distinct pairs of products were bought together
     */
    RecommendationModel(
            String version,
            Instant builtAt,
            Instant dataAsOf,
            Duration buildDuration,
            long orders,
            long pairs,
            String[] productIds,
            int[] orderCounts,
            int[] offsets,
            int[] neighbours,
            float[] scores) {
        if (orderCounts.length != productIds.length
                || offsets.length != productIds.length + 1
                || neighbours.length != scores.length
                || offsets[productIds.length] != neighbours.length) {
            throw new IllegalArgumentException("inconsistent model arrays");
        }
        this.version = version;
        this.builtAt = builtAt;
        this.dataAsOf = dataAsOf;
        this.buildDuration = buildDuration;
        this.orders = orders;
        this.pairs = pairs;
        this.productIds = productIds;
        this.orderCounts = orderCounts;
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.scores = scores;
        this.indexOf = HashMap.newHashMap(productIds.length);
        for (int p = 0; p < productIds.length; p++) {
            indexOf.put(productIds[p], p);
        }
        this.bestsellers = IntStream.range(0, productIds.length)
                .boxed()
                .sorted((a, b) -> orderCounts[a] != orderCounts[b]
                        ? Integer.compare(orderCounts[b], orderCounts[a])
                        : productIds[a].compareTo(productIds[b]))
                .limit(BESTSELLERS)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** The same model, saying it took {@code took} to build (known only once it is built). */
    RecommendationModel withBuildDuration(Duration took) {
        return new RecommendationModel(
                version, builtAt, dataAsOf, took, orders, pairs, productIds, orderCounts, offsets, neighbours, scores);
    }

    /** A product scored against another: a neighbour, or a best-seller scored by its share of the orders. */
    record Scored(String productId, double score) {}

    /** The product's neighbours, most similar first; empty for a product never bought with another. */
    List<Scored> neighboursOf(String productId) {
        Integer p = indexOf.get(productId);
        if (p == null) {
            return List.of();
        }
        List<Scored> found = new ArrayList<>(offsets[p + 1] - offsets[p]);
        for (int i = offsets[p]; i < offsets[p + 1]; i++) {
            found.add(new Scored(productIds[neighbours[i]], scores[i]));
        }
        return found;
    }

    /** The most bought products, each scored by the share of paid orders that contain it. */
    List<Scored> bestsellers() {
        List<Scored> found = new ArrayList<>(bestsellers.length);
        for (int p : bestsellers) {
            found.add(new Scored(productIds[p], orders == 0 ? 0 : (double) orderCounts[p] / orders));
        }
        return found;
    }

    String version() {
        return version;
    }

    Instant builtAt() {
        return builtAt;
    }

    Instant dataAsOf() {
        return dataAsOf;
    }

    Duration buildDuration() {
        return buildDuration;
    }

    long orders() {
        return orders;
    }

    long pairs() {
        return pairs;
    }

    int products() {
        return productIds.length;
    }

    String[] productIds() {
        return productIds.clone();
    }

    int[] orderCounts() {
        return orderCounts.clone();
    }

    int[] offsets() {
        return offsets.clone();
    }

    int[] neighbours() {
        return neighbours.clone();
    }

    float[] scores() {
        return scores.clone();
    }

    @Override
    public String toString() {
        return "RecommendationModel[" + version + ", " + productIds.length + " products, " + pairs + " pairs, " + orders
                + " orders]";
    }
}

package dev.tandem.catalog.recommendation;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the item-to-item model of Linden, Smith and York ("Amazon.com Recommendations:
 * Item-to-Item Collaborative Filtering", IEEE Internet Computing, 2003) from paid orders.
 *
 * <p>Each product is a binary vector over the orders: 1 where an order contains it. The similarity
 * of two products is the cosine of their vectors, which for binary vectors is {@code |orders with
 * a and b| / sqrt(|orders with a| * |orders with b|)}. Only pairs that share an order are ever
 * counted, so the work grows with the lines per order, not with the square of the catalog.
 *
 * <p>The counting is sized for a million orders in a small heap: product ids are interned to ints
 * once, each co-purchased pair is one {@code long} ({@code a << 32 | b}, {@code a < b}) in a
 * buffer, and a full buffer is sorted and folded into the sorted pair counts so far. No boxed map
 * of maps, no object per pair. Not thread-safe: one build, one thread.
 */
final class CoPurchaseModelBuilder {

    /** Pairs buffered before they are folded into the counts: 32 MiB of longs. */
    private static final int BUFFER_PAIRS = 1 << 22;

    private final int neighboursPerProduct;
    private final int bufferPairs;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private String[] ids = new String[1024];
    private int[] orderCounts = new int[1024];
    private long orders;

    private long[] buffer = new long[1];
    private int buffered;
    private long[] pairs = new long[0];
    private int[] pairCounts = new int[0];

    private int[] scratch = new int[16];

    CoPurchaseModelBuilder(int neighboursPerProduct) {
        this(neighboursPerProduct, BUFFER_PAIRS);
    }

    /** With a buffer of {@code bufferPairs}: tests make it tiny to fold often. */
    CoPurchaseModelBuilder(int neighboursPerProduct, int bufferPairs) {
        if (neighboursPerProduct < 1 || bufferPairs < 1) {
            throw new IllegalArgumentException("neighboursPerProduct and bufferPairs must be at least 1");
        }
        this.neighboursPerProduct = neighboursPerProduct;
        this.bufferPairs = bufferPairs;
    }

    /** One paid order, by the ids of the products on its lines; a product on two lines counts once. */
    void addOrder(Collection<String> productIds) {
        if (productIds.isEmpty()) {
            return;
        }
        if (scratch.length < productIds.size()) {
            scratch = new int[productIds.size() * 2];
        }
        int n = 0;
        for (String id : productIds) {
            scratch[n++] = intern(id);
        }
        Arrays.sort(scratch, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || scratch[i] != scratch[i - 1]) {
                scratch[distinct++] = scratch[i];
            }
        }
        orders++;
        for (int i = 0; i < distinct; i++) {
            orderCounts[scratch[i]]++;
            for (int j = i + 1; j < distinct; j++) {
                addPair(scratch[i], scratch[j]);
            }
        }
    }

    /**
     * The model. Products are numbered in the order of their ids, and each one's neighbours are
     * ranked by score, then by id, so that equal inputs give equal models.
     */
    RecommendationModel build(String version, Instant builtAt, Instant dataAsOf, Duration buildDuration) {
        fold();
        int products = indexOf.size();
        int[] rank = rankById(products);
        String[] sortedIds = new String[products];
        int[] sortedOrderCounts = new int[products];
        for (int p = 0; p < products; p++) {
            sortedIds[rank[p]] = ids[p];
            sortedOrderCounts[rank[p]] = orderCounts[p];
        }
        // Both directions of every pair, grouped by product: CSR, offsets into one array.
        int[] start = new int[products + 1];
        for (long pair : pairs) {
            start[rank[(int) (pair >>> 32)] + 1]++;
            start[rank[(int) pair] + 1]++;
        }
        for (int p = 0; p < products; p++) {
            start[p + 1] += start[p];
        }
        long[] candidates = new long[start[products]];
        int[] fill = Arrays.copyOf(start, products);
        for (int k = 0; k < pairs.length; k++) {
            int a = rank[(int) (pairs[k] >>> 32)];
            int b = rank[(int) pairs[k]];
            float score = (float) (pairCounts[k] / Math.sqrt((double) sortedOrderCounts[a] * sortedOrderCounts[b]));
            candidates[fill[a]++] = sortKey(score, b);
            candidates[fill[b]++] = sortKey(score, a);
        }
        int[] offsets = new int[products + 1];
        for (int p = 0; p < products; p++) {
            offsets[p + 1] = offsets[p] + Math.min(neighboursPerProduct, start[p + 1] - start[p]);
        }
        int[] neighbours = new int[offsets[products]];
        float[] scores = new float[offsets[products]];
        for (int p = 0; p < products; p++) {
            Arrays.sort(candidates, start[p], start[p + 1]);
            for (int i = 0; i < offsets[p + 1] - offsets[p]; i++) {
                long key = candidates[start[p] + i];
                neighbours[offsets[p] + i] = (int) key;
                scores[offsets[p] + i] = scoreOf(key);
            }
        }
        return new RecommendationModel(
                version,
                builtAt,
                dataAsOf,
                buildDuration,
                orders,
                pairs.length,
                sortedIds,
                sortedOrderCounts,
                offsets,
                neighbours,
                scores);
    }

    private int intern(String id) {
        Integer known = indexOf.get(id);
        if (known != null) {
            return known;
        }
        int index = indexOf.size();
        if (index == ids.length) {
            ids = Arrays.copyOf(ids, index * 2);
            orderCounts = Arrays.copyOf(orderCounts, index * 2);
        }
        ids[index] = id;
        indexOf.put(id, index);
        return index;
    }

    private void addPair(int a, int b) {
        if (buffered == buffer.length) {
            if (buffer.length < bufferPairs) {
                buffer = Arrays.copyOf(buffer, Math.min(bufferPairs, buffer.length * 2));
            } else {
                fold();
            }
        }
        buffer[buffered++] = ((long) a << 32) | b;
    }

    /** Sorts the buffer and merges it into the sorted, distinct pairs and their counts. */
    private void fold() {
        Arrays.sort(buffer, 0, buffered);
        int distinct = 0;
        for (int i = 0; i < buffered; i++) {
            if (i == 0 || buffer[i] != buffer[i - 1]) {
                distinct++;
            }
        }
        long[] mergedPairs = new long[pairs.length + distinct];
        int[] mergedCounts = new int[pairs.length + distinct];
        int i = 0;
        int j = 0;
        int out = 0;
        while (i < pairs.length || j < buffered) {
            long next = j < buffered && (i == pairs.length || buffer[j] < pairs[i]) ? buffer[j] : pairs[i];
            int count = 0;
            if (i < pairs.length && pairs[i] == next) {
                count += pairCounts[i++];
            }
            while (j < buffered && buffer[j] == next) {
                count++;
                j++;
            }
            mergedPairs[out] = next;
            mergedCounts[out++] = count;
        }
        pairs = Arrays.copyOf(mergedPairs, out);
        pairCounts = Arrays.copyOf(mergedCounts, out);
        buffered = 0;
    }

    /** Each product's position among all ids in string order: ties break the same way in every build. */
    private int[] rankById(int products) {
        Integer[] byId = new Integer[products];
        for (int p = 0; p < products; p++) {
            byId[p] = p;
        }
        Arrays.sort(byId, (x, y) -> ids[x].compareTo(ids[y]));
        int[] rank = new int[products];
        for (int r = 0; r < products; r++) {
            rank[byId[r]] = r;
        }
        return rank;
    }

    /**
     * One long that sorts ascending in the order neighbours are ranked: the score inverted in the
     * high half (a positive float's bits order like its value), the neighbour, numbered by id, in the
     * low half.
     */
    private static long sortKey(float score, int neighbour) {
        return ((0x7F80_0000L - Float.floatToIntBits(score)) << 32) | neighbour;
    }

    private static float scoreOf(long key) {
        return Float.intBitsToFloat((int) (0x7F80_0000L - (key >>> 32)));
    }
}

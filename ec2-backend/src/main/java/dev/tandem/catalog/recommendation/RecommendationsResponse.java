package dev.tandem.catalog.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * What a shopper might also buy with a product.
 *
 * @param basis {@code co-purchases} when the items were bought in the same orders as the product,
 *     {@code bestsellers} when the product has no such neighbours (yet) and the most bought
 *     products stand in
 * @param modelVersion the model the answer comes from; null before the first model is built
 * @param builtAt when that model was built; null before the first
 */
record RecommendationsResponse(
        String productId,

        @Schema(allowableValues = {"co-purchases", "bestsellers"})
        String basis,

        @Schema(nullable = true) String modelVersion,
        @Schema(nullable = true) Instant builtAt,
        List<Item> items) {

    static final String CO_PURCHASES = "co-purchases";
    static final String BESTSELLERS = "bestsellers";

    /**
     * @param score the cosine similarity to the product (co-purchases), or the share of paid orders
     *     that contain the item (best-sellers); 0 to 1
     * @param thumbnailUrl a short-lived URL of the item's thumbnail; null if it has no ready image
     */
    record Item(
            String productId,
            String name,
            long priceCents,
            String currency,
            @Schema(nullable = true) String thumbnailUrl,
            double score) {}
}

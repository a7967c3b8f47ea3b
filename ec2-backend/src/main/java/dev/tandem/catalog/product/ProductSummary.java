package dev.tandem.catalog.product;

import java.util.Optional;

/**
 * What another feature may show of a product in a list: its name, price, whether it can be ordered
 * and a thumbnail.
 *
 * @param thumbnailUrl a short-lived URL of the product's first ready thumbnail, if it has one
 */
public record ProductSummary(
        String id, String name, long priceCents, String currency, int stock, Optional<String> thumbnailUrl) {

    public boolean inStock() {
        return stock > 0;
    }
}

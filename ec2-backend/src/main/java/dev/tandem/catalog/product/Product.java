package dev.tandem.catalog.product;

import dev.tandem.catalog.image.ProductImage;
import java.time.Instant;
import java.util.Map;

/**
 * A product as stored: one item of the products table.
 *
 * @param priceCents the price in minor units of {@code currency} (cents for EUR and USD)
 * @param stock how many are left to order; orders reserve from it, failed payments give back
 * @param images the product's images by image id; the image feature owns this map
 */
record Product(
        String id,
        String sku,
        String name,
        String description,
        long priceCents,
        String currency,
        int stock,
        Map<String, ProductImage> images,
        Instant createdAt,
        Instant updatedAt) {

    Product {
        images = images == null ? Map.of() : Map.copyOf(images);
    }
}

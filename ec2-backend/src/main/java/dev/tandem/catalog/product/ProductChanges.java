package dev.tandem.catalog.product;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PATCH /api/products/{id}}: the fields to change; absent (or null) ones stay as
 * they are. SKU and currency cannot change: orders and claims refer to them.
 */
record ProductChanges(
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        String name,

        @Size(max = 5000) String description,
        @PositiveOrZero @Max(ProductLimits.MAX_PRICE_CENTS) Long priceCents,
        @PositiveOrZero @Max(ProductLimits.MAX_STOCK) Integer stock) {

    boolean changesNothing() {
        return name == null && description == null && priceCents == null && stock == null;
    }
}

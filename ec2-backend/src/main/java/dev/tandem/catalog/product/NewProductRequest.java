package dev.tandem.catalog.product;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/products}; {@code description} may be left out. */
record NewProductRequest(
        @NotBlank
        @Size(max = 64)
        @Pattern(
                regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "must be letters, digits, '.', '_' or '-', starting with a letter or digit")
        String sku,

        @NotBlank @Size(max = 200) String name,
        @Size(max = 5000) String description,

        @NotNull @PositiveOrZero @Max(ProductLimits.MAX_PRICE_CENTS)
        Long priceCents,

        @NotNull @IsoCurrency String currency,

        @NotNull @PositiveOrZero @Max(ProductLimits.MAX_STOCK)
        Integer stock) {}

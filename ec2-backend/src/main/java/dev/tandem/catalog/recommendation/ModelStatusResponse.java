package dev.tandem.catalog.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * The model this instance serves, for the admin page. Every field but {@code loaded} is null
 * before the first model.
 *
 * @param products products that were in at least one paid order
 * @param pairs distinct pairs of products bought in the same order
 * @param orders the paid orders it was built from
 * @param buildMillis how long its build took, reading the orders included
 * @param ageSeconds seconds since it was built
 */
record ModelStatusResponse(
        boolean loaded,
        @Schema(nullable = true) String version,
        @Schema(nullable = true) Instant builtAt,
        @Schema(nullable = true) Long ageSeconds,
        @Schema(nullable = true) Integer products,
        @Schema(nullable = true) Long pairs,
        @Schema(nullable = true) Long orders,
        @Schema(nullable = true) Long buildMillis) {}

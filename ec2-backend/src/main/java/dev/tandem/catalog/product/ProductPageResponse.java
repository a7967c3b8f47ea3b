package dev.tandem.catalog.product;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of the product list.
 *
 * @param nextCursor pass as {@code cursor} to get the next page; null on the last page
 */
record ProductPageResponse(
        List<ProductResponse> items,
        @Schema(nullable = true) String nextCursor) {}

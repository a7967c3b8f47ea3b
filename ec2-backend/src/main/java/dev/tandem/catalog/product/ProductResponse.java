package dev.tandem.catalog.product;

import dev.tandem.catalog.image.ImageResponse;
import java.time.Instant;
import java.util.List;

/** A product as the API shows it. */
record ProductResponse(
        String id,
        String sku,
        String name,
        String description,
        long priceCents,
        String currency,
        int stock,
        List<ImageResponse> images,
        Instant createdAt,
        Instant updatedAt) {}

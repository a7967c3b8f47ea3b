package dev.tandem.catalog.product;

import dev.tandem.catalog.ids.Ids;
import dev.tandem.catalog.image.ImageResponse;
import dev.tandem.catalog.image.ImageStatus;
import dev.tandem.catalog.image.ImageViews;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Products as other features list them (recommendations, for one): whether a product exists, and
 * summaries of many at once, read in batches of at most 100 (DynamoDB's limit for one {@code
 * BatchGetItem}).
 */
@Component
public final class ProductSummaries {

    private static final int BATCH = 100;
    private static final String THUMBNAIL = "thumbnail";

    private final ProductRepository products;
    private final ImageViews images;

    ProductSummaries(ProductRepository products, ImageViews images) {
        this.products = products;
        this.images = images;
    }

    /** The product's summary; empty for an unknown or malformed id. */
    public Optional<ProductSummary> find(String id) {
        return Ids.isWellFormed(id) ? products.find(id).map(this::summary) : Optional.empty();
    }

    /** Summaries of those of {@code ids} that exist, by id. */
    public Map<String, ProductSummary> findAll(Collection<String> ids) {
        List<String> wanted = ids.stream().distinct().filter(Ids::isWellFormed).toList();
        Map<String, ProductSummary> found = HashMap.newHashMap(wanted.size());
        for (int from = 0; from < wanted.size(); from += BATCH) {
            products.findAll(wanted.subList(from, Math.min(wanted.size(), from + BATCH)))
                    .forEach(product -> found.put(product.id(), summary(product)));
        }
        return found;
    }

    private ProductSummary summary(Product product) {
        Optional<String> thumbnail = images.view(product.images().values()).stream()
                .filter(image -> image.status() == ImageStatus.READY)
                .flatMap(image -> image.renditions().stream())
                .filter(rendition -> THUMBNAIL.equals(rendition.name()))
                .map(ImageResponse.RenditionResponse::url)
                .findFirst();
        return new ProductSummary(
                product.id(), product.name(), product.priceCents(), product.currency(), product.stock(), thumbnail);
    }
}

package dev.tandem.catalog.product;

import dev.tandem.catalog.config.TandemProperties;
import dev.tandem.catalog.ids.Ids;
import dev.tandem.catalog.image.ImageViews;
import dev.tandem.catalog.web.FieldProblem;
import dev.tandem.catalog.web.ProblemException;
import dev.tandem.catalog.web.ProblemType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The product use cases, in the API's terms. */
@Service
class ProductService {

    private static final Logger log = LoggerFactory.getLogger(ProductService.class);

    private final ProductRepository products;
    private final ImageViews images;
    private final ProductCursor cursors;
    private final Clock clock = Clock.systemUTC();

    ProductService(ProductRepository products, ImageViews images, TandemProperties properties) {
        this.products = products;
        this.images = images;
        this.cursors = ProductCursor.derivedFrom(properties.admin().token());
    }

    ProductResponse create(NewProductRequest request) {
        Instant now = clock.instant();
        Product product = new Product(
                Ids.newId(),
                request.sku(),
                request.name(),
                request.description() == null ? "" : request.description(),
                request.priceCents(),
                request.currency(),
                request.stock(),
                Map.of(),
                now,
                now);
        products.create(product);
        log.info("Created product {} (SKU {})", product.id(), product.sku());
        return view(product);
    }

    ProductResponse get(String id) {
        return find(id).map(this::view).orElseThrow(() -> notFound(id));
    }

    ProductPageResponse list(int limit, Optional<String> cursor) {
        ProductRepository.ProductSlice slice = products.page(limit, cursor.map(cursors::decode));
        List<ProductResponse> items = slice.products().stream().map(this::view).toList();
        String next = slice.more() ? cursors.encode(items.getLast().id()) : null;
        return new ProductPageResponse(items, next);
    }

    ProductResponse update(String id, ProductChanges changes) {
        if (changes.changesNothing()) {
            throw new ProblemException(
                    ProblemType.INVALID_REQUEST,
                    "The request changes nothing.",
                    Map.of(
                            "errors",
                            List.of(new FieldProblem(
                                    "body", "must set at least one of name, description, priceCents, stock"))));
        }
        if (!Ids.isWellFormed(id)) {
            throw notFound(id);
        }
        Product updated = products.update(id, changes, clock.instant()).orElseThrow(() -> notFound(id));
        log.info("Updated product {}", id);
        return view(updated);
    }

    private Optional<Product> find(String id) {
        return Ids.isWellFormed(id) ? products.find(id) : Optional.empty();
    }

    private ProductResponse view(Product product) {
        return new ProductResponse(
                product.id(),
                product.sku(),
                product.name(),
                product.description(),
                product.priceCents(),
                product.currency(),
                product.stock(),
                images.view(product.images().values()),
                product.createdAt(),
                product.updatedAt());
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "There is no product " + id + ".");
    }
}

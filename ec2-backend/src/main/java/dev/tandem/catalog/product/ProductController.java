package dev.tandem.catalog.product;

import dev.tandem.catalog.web.AdminOnly;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog: anyone may read it, only the admin may change it. */
@RestController
@RequestMapping("/api/products")
class ProductController {

    private final ProductService products;

    ProductController(ProductService products) {
        this.products = products;
    }

    @AdminOnly
    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created; Location names the product")
    @ApiResponse(responseCode = "400", description = "invalid-request: lists each invalid field")
    @ApiResponse(responseCode = "401", description = "unauthorized")
    @ApiResponse(responseCode = "409", description = "sku-taken")
    ResponseEntity<ProductResponse> create(@Valid @RequestBody NewProductRequest request) {
        ProductResponse created = products.create(request);
        return ResponseEntity.created(URI.create("/api/products/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "The product")
    @ApiResponse(responseCode = "404", description = "not-found")
    ProductResponse get(@PathVariable String id) {
        return products.get(id);
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "A page of products; nextCursor is null on the last")
    @ApiResponse(responseCode = "400", description = "invalid-request (limit) or invalid-cursor")
    ProductPageResponse list(
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit, @RequestParam Optional<String> cursor) {
        return products.list(limit, cursor);
    }

    @AdminOnly
    @PatchMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "The changed product")
    @ApiResponse(responseCode = "400", description = "invalid-request")
    @ApiResponse(responseCode = "401", description = "unauthorized")
    @ApiResponse(responseCode = "404", description = "not-found")
    ProductResponse update(@PathVariable String id, @Valid @RequestBody ProductChanges changes) {
        return products.update(id, changes);
    }
}

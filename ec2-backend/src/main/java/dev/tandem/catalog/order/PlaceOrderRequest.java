package dev.tandem.catalog.order;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/orders}.
 *
 * @param items at most {@value #MAX_LINES} lines, each for a different product
 * @param paymentToken the payment provider's token for the customer's card, passed on untouched
 */
record PlaceOrderRequest(
        @NotNull @Size(min = 1, max = MAX_LINES) List<@NotNull @Valid Item> items,
        @NotBlank @Size(max = 200) String paymentToken,
        @NotBlank @Email @Size(max = 254) String customerEmail) {

    /** One DynamoDB transaction holds the order, its outbox record and a claim, plus a line each. */
    static final int MAX_LINES = 25;

    /** Named for the document: {@link OrderResponse.Item} is another shape with the same simple name. */
    @Schema(name = "PlaceOrderLine")
    record Item(
            @NotBlank @Size(max = 64) String productId,
            @NotNull @Min(1) @Max(100) Integer quantity) {}
}

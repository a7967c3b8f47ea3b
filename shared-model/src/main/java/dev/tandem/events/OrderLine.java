package dev.tandem.events;

/** One line of an order: a product, how many, and the unit price at the time the order was placed. */
public record OrderLine(String productId, int quantity, Money unitPrice) {

    public OrderLine {
        Fields.requiredText(productId, "productId");
        if (quantity < 1) {
            throw new IllegalArgumentException("field 'quantity' must be at least 1, was " + quantity);
        }
        Fields.required(unitPrice, "unitPrice");
    }
}

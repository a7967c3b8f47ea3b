package dev.tandem.catalog.product;

/** What an order needs to know of a product when it is placed: what one costs, and in which currency. */
public record ProductPrice(String productId, long priceCents, String currency) {}

package dev.tandem.catalog.product;

/**
 * Bounds on product fields, chosen so that no arithmetic on them can overflow: an order of 25
 * lines of 100 items at the highest price still totals well within a {@code long}.
 */
final class ProductLimits {

    /** A billion units of any currency, in minor units. */
    static final long MAX_PRICE_CENTS = 100_000_000_000L;

    /** Stock is an int in storage and in every order line; a billion leaves room for any release. */
    static final long MAX_STOCK = 1_000_000_000;

    private ProductLimits() {}
}

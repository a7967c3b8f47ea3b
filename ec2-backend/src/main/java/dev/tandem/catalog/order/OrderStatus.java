package dev.tandem.catalog.order;

/** An order's payment state. {@code PAID} and {@code PAYMENT_FAILED} are final. */
enum OrderStatus {
    /** Stock is reserved; the payment-processor has not reported yet. */
    PENDING_PAYMENT,
    /** The payment-processor charged the order. */
    PAID,
    /** The payment-processor could not charge the order; its stock was given back. */
    PAYMENT_FAILED
}

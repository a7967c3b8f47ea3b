/**
 * Checkout and payment: one DynamoDB transaction writes the order, reserves its stock and records {@code
 * OrderPlaced} in the outbox ({@link dev.tandem.catalog.order.OrderService}, the class to read first), and {@code
 * PaymentResultHandler} applies the payment-processor's result when it arrives through the inbox.
 */
package dev.tandem.catalog.order;

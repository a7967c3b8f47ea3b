/**
 * The payment-processor function: {@code OrderPlaced} in, {@code PaymentSucceeded} or {@code PaymentFailed} on the
 * bus out, charging each order exactly once however often it is delivered. {@link
 * dev.tandem.functions.payments.PaymentProcessor}, the class to read first, claims the order in the {@code
 * IdempotencyStore} before it calls the {@code PaymentProvider}; {@code PaymentProcessorHandler} is the entry point
 * Lambda calls.
 */
package dev.tandem.functions.payments;

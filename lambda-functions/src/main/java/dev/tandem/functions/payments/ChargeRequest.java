package dev.tandem.functions.payments;

import dev.tandem.events.Money;

/**
 * One charge, as sent to the {@link PaymentProvider}.
 *
 * @param idempotencyKey the order id: one order is charged at most once, however often it is sent
 * @param paymentToken the token the customer's browser obtained from the provider, never card data
 */
record ChargeRequest(String idempotencyKey, Money amount, String paymentToken) {}

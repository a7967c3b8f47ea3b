package dev.tandem.functions.payments;

/**
 * The port to a card payment provider. Implementations must honour the request's idempotency key
 * the way real providers do: a second request with the same key returns the first one's outcome
 * and moves no money. That is the last line of defence if two deliveries of one order ever both
 * reach the provider (for instance after a lock was taken over from a function that was only
 * slow, not dead).
 */
interface PaymentProvider {

    /**
     * Charges the amount, or says why not.
     *
     * @throws ProviderUnavailableException when the provider could not answer; retrying later may
     *     succeed
     */
    ChargeOutcome charge(ChargeRequest request);
}

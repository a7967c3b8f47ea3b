package dev.tandem.functions.payments;

import dev.tandem.events.Money;
import dev.tandem.events.PaymentFailureReason;

/** The provider's final answer to a charge. A passing failure is not an outcome: it is thrown. */
sealed interface ChargeOutcome {

    /** The money was taken; {@code paymentId} is the provider's reference for the charge. */
    record Charged(String paymentId, Money amount) implements ChargeOutcome {}

    /** The provider refused; asking again would give the same answer. */
    record Refused(PaymentFailureReason reason) implements ChargeOutcome {}
}

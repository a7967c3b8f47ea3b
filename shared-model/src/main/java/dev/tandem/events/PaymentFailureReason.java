package dev.tandem.events;

/** Why the payment provider refused a charge. Each is final for the order: retrying would not help. */
public enum PaymentFailureReason {
    CARD_DECLINED,
    INSUFFICIENT_FUNDS,
    INVALID_TOKEN
}

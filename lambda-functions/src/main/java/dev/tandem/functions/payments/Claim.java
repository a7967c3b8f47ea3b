package dev.tandem.functions.payments;

import dev.tandem.events.TandemEvent;
import java.time.Instant;

/** What {@link IdempotencyStore#claim} found for an order. */
sealed interface Claim {

    /** This delivery holds the order until its invocation ends; {@code lockToken} proves it. */
    record Acquired(String lockToken) implements Claim {}

    /** The order was processed before; {@code outcome} is the result event it produced. */
    record Completed(TandemEvent outcome) implements Claim {}

    /** Another delivery is processing the order right now, or was until {@code lockedUntil}. */
    record Busy(Instant lockedUntil) implements Claim {}
}

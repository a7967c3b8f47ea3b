package dev.tandem.localcloud.eventbridge;

import java.time.Instant;
import tools.jackson.databind.node.ObjectNode;

/**
 * One event on its way to one target of one rule, with how often it has been retried so far.
 *
 * @param envelope the event envelope; never modified once built
 * @param receivedAt when the bus accepted the event, from which {@code MaximumEventAgeInSeconds} counts
 */
record PendingDelivery(ObjectNode envelope, String eventId, Rule rule, Target target, Instant receivedAt, int retries) {

    PendingDelivery nextRetry() {
        return new PendingDelivery(envelope, eventId, rule, target, receivedAt, retries + 1);
    }
}

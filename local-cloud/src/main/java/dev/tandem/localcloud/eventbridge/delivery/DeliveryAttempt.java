package dev.tandem.localcloud.eventbridge.delivery;

import dev.tandem.localcloud.eventbridge.bus.Rule;
import dev.tandem.localcloud.eventbridge.bus.RuleTarget;
import java.time.Instant;
import tools.jackson.databind.node.ObjectNode;

/**
 * One event on its way to one target of one rule, with how often it has been retried so far.
 *
 * @param envelope the event envelope; never modified once built
 * @param receivedAt when the bus accepted the event, from which {@code MaximumEventAgeInSeconds} counts
 */
public record DeliveryAttempt(
        ObjectNode envelope, String eventId, Rule rule, RuleTarget target, Instant receivedAt, int retries) {

    DeliveryAttempt nextRetry() {
        return new DeliveryAttempt(envelope, eventId, rule, target, receivedAt, retries + 1);
    }
}

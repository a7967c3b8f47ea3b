package dev.tandem.localcloud.eventbridge.bus;

import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * A target's {@code RetryPolicy}: how often, and for how long after the event arrived, a failed delivery is
 * retried. The defaults and limits are AWS's.
 */
public record RetryPolicy(int maximumRetryAttempts, Duration maximumEventAge) {

    static final RetryPolicy DEFAULT = new RetryPolicy(185, Duration.ofHours(24));

    /** Reads a target's {@code RetryPolicy}; an absent member keeps its default. */
    static RetryPolicy from(JsonNode retryPolicy) {
        int attempts =
                RequestFields.optionalInt(retryPolicy, "MaximumRetryAttempts").orElse(DEFAULT.maximumRetryAttempts());
        int ageSeconds = RequestFields.optionalInt(retryPolicy, "MaximumEventAgeInSeconds")
                .orElse((int) DEFAULT.maximumEventAge().toSeconds());
        if (attempts < 0 || attempts > 185) {
            throw EventBridgeException.validation(
                    "MaximumRetryAttempts must be between 0 and 185, was " + attempts + ".");
        }
        if (ageSeconds < 60 || ageSeconds > 86_400) {
            throw EventBridgeException.validation(
                    "MaximumEventAgeInSeconds must be between 60 and 86400, was " + ageSeconds + ".");
        }
        return new RetryPolicy(attempts, Duration.ofSeconds(ageSeconds));
    }
}

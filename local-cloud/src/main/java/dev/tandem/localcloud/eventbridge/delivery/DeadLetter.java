package dev.tandem.localcloud.eventbridge.delivery;

/**
 * Why an event went to a dead-letter queue: the message attributes AWS puts on it.
 *
 * @param exhaustedRetryCondition {@code MaximumRetryAttempts} or {@code MaximumEventAgeInSeconds}
 */
record DeadLetter(
        String ruleArn,
        String targetArn,
        String errorCode,
        String errorMessage,
        String exhaustedRetryCondition,
        int retryAttempts) {}

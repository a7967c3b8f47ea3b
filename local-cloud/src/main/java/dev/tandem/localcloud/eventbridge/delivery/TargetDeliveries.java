package dev.tandem.localcloud.eventbridge.delivery;

import dev.tandem.localcloud.eventbridge.bus.RetryPolicy;
import dev.tandem.localcloud.eventbridge.bus.RuleTarget;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers events to targets, asynchronously, and deals with failure as the target's retry policy says: a failed
 * delivery is retried after a {@link RetryBackoff} delay until {@code MaximumRetryAttempts} retries have failed or
 * the event is older than {@code MaximumEventAgeInSeconds}; then it goes to the target's dead-letter queue, or, if
 * the target has none, it is dropped (and logged).
 *
 * <p>AWS sends some failures, such as a target that does not exist, straight to the dead-letter queue. local-cloud
 * retries every failure: locally a queue is often created moments after the rule that targets it, and a retry
 * then delivers the event.
 */
public final class TargetDeliveries implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TargetDeliveries.class);

    private final TargetSender queues;
    private final DeadLetterQueue deadLetterQueue;
    private final RetryBackoff backoff;
    private final Clock clock;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("local-eventbridge-retry-timer").factory());

    public TargetDeliveries(TargetSender queues, DeadLetterQueue deadLetterQueue, RetryBackoff backoff, Clock clock) {
        this.queues = queues;
        this.deadLetterQueue = deadLetterQueue;
        this.backoff = backoff;
        this.clock = clock;
    }

    /** Starts delivering; returns at once. */
    public void start(DeliveryAttempt delivery) {
        workers.execute(() -> attempt(delivery));
    }

    private void attempt(DeliveryAttempt delivery) {
        try {
            deliverOnce(delivery);
            log.debug(
                    "Delivered event {} to {}",
                    delivery.eventId(),
                    delivery.target().arn());
        } catch (DeliveryFailure failure) {
            afterFailure(delivery, failure);
        }
    }

    private void deliverOnce(DeliveryAttempt delivery) throws DeliveryFailure {
        RuleTarget target = delivery.target();
        String payload = JsonMapper.shared().writeValueAsString(delivery.envelope());
        try {
            queues.deliver(new OutboundEvent(
                    target.arn(),
                    delivery.eventId(),
                    payload,
                    target.messageGroupId(),
                    delivery.rule().arn()));
        } catch (RuntimeException e) {
            throw new DeliveryFailure("SDK_CLIENT_ERROR", String.valueOf(e.getMessage()), e);
        }
    }

    private void afterFailure(DeliveryAttempt delivery, DeliveryFailure failure) {
        Optional<String> exhausted = exhaustedCondition(delivery);
        if (exhausted.isEmpty()) {
            Duration delay = backoff.delayBefore(delivery.retries() + 1);
            log.info(
                    "Delivery of event {} to {} failed ({}: {}); retry {} in {} ms",
                    delivery.eventId(),
                    delivery.target().arn(),
                    failure.errorCode(),
                    failure.getMessage(),
                    delivery.retries() + 1,
                    delay.toMillis());
            timer.schedule(() -> start(delivery.nextRetry()), delay.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        RuleTarget target = delivery.target();
        if (target.deadLetterQueue().isEmpty()) {
            log.warn(
                    "Dropped event {} for {} after {} retries: {}",
                    delivery.eventId(),
                    target.arn(),
                    delivery.retries(),
                    failure.getMessage());
            return;
        }
        DeadLetter reasons = new DeadLetter(
                delivery.rule().arn(),
                target.arn().toString(),
                failure.errorCode(),
                failure.getMessage(),
                exhausted.get(),
                delivery.retries());
        try {
            deadLetterQueue.send(
                    target.deadLetterQueue().get(),
                    JsonMapper.shared().writeValueAsString(delivery.envelope()),
                    reasons);
            log.info(
                    "Sent event {} for {} to dead-letter queue {}",
                    delivery.eventId(),
                    target.arn(),
                    target.deadLetterQueue().get());
        } catch (DeliveryFailure e) {
            log.error(
                    "Lost event {}: neither {} nor its dead-letter queue took it", delivery.eventId(), target.arn(), e);
        }
    }

    private Optional<String> exhaustedCondition(DeliveryAttempt delivery) {
        RetryPolicy policy = delivery.target().retryPolicy();
        if (delivery.retries() >= policy.maximumRetryAttempts()) {
            return Optional.of("MaximumRetryAttempts");
        }
        Duration age = Duration.between(delivery.receivedAt(), clock.instant());
        if (age.compareTo(policy.maximumEventAge()) >= 0) {
            return Optional.of("MaximumEventAgeInSeconds");
        }
        return Optional.empty();
    }

    /** Stops delivering; deliveries waiting for a retry are dropped. */
    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdownNow();
    }
}

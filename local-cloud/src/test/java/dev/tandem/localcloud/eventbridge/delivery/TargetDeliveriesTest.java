package dev.tandem.localcloud.eventbridge.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.localcloud.eventbridge.bus.Arn;
import dev.tandem.localcloud.eventbridge.bus.RetryPolicy;
import dev.tandem.localcloud.eventbridge.bus.Rule;
import dev.tandem.localcloud.eventbridge.bus.RuleState;
import dev.tandem.localcloud.eventbridge.bus.RuleTarget;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class TargetDeliveriesTest {

    private static final Arn QUEUE = Arn.parse("arn:aws:sqs:us-east-1:000000000000:jobs");
    private static final Arn DEAD_LETTERS = Arn.parse("arn:aws:sqs:us-east-1:000000000000:jobs-dlq");
    private static final RetryBackoff QUICK = new RetryBackoff(Duration.ofMillis(5), Duration.ofMillis(20));

    private final FlakyQueue queue = new FlakyQueue();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private TargetDeliveries deliveries;

    @AfterEach
    void stop() {
        deliveries.close();
    }

    @Test
    void deliversAtOnceWhenTheTargetTakesTheEvent() {
        start(Clock.systemUTC());

        deliveries.start(delivery(new RetryPolicy(3, Duration.ofMinutes(5)), Instant.now()));

        await().until(() -> queue.received.get() == 1);
        assertThat(queue.attempts.get()).isEqualTo(1);
    }

    @Test
    void retriesAFailedDeliveryUntilTheTargetTakesIt() {
        start(Clock.systemUTC());
        queue.failuresBeforeSuccess.set(2);

        deliveries.start(delivery(new RetryPolicy(3, Duration.ofMinutes(5)), Instant.now()));

        await().until(() -> queue.received.get() == 1);
        assertThat(queue.attempts.get()).isEqualTo(3);
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void deadLettersTheEventWhenTheRetriesRunOut() {
        start(Clock.systemUTC());
        queue.failuresBeforeSuccess.set(Integer.MAX_VALUE);

        deliveries.start(delivery(new RetryPolicy(2, Duration.ofMinutes(5)), Instant.now()));

        await().until(() -> deadLetters.size() == 1);
        assertThat(queue.attempts.get()).isEqualTo(3);
        assertThat(deadLetters.getFirst())
                .isEqualTo(new DeadLetter(
                        "arn:aws:events:us-east-1:000000000000:rule/jobs",
                        QUEUE.toString(),
                        "RESOURCE_NOT_FOUND",
                        "no such queue",
                        "MaximumRetryAttempts",
                        2));
    }

    @Test
    void deadLettersTheEventWhenItIsOlderThanTheMaximumAge() {
        Instant now = Instant.parse("2026-11-22T12:00:00Z");
        start(Clock.fixed(now, ZoneOffset.UTC));
        queue.failuresBeforeSuccess.set(Integer.MAX_VALUE);

        deliveries.start(delivery(new RetryPolicy(185, Duration.ofSeconds(60)), now.minusSeconds(61)));

        await().until(() -> deadLetters.size() == 1);
        assertThat(queue.attempts.get()).isEqualTo(1);
        assertThat(deadLetters.getFirst().exhaustedRetryCondition()).isEqualTo("MaximumEventAgeInSeconds");
    }

    private void start(Clock clock) {
        DeadLetterQueue recorder = (arn, eventJson, reasons) -> {
            assertThat(arn).isEqualTo(DEAD_LETTERS);
            deadLetters.add(reasons);
        };
        deliveries = new TargetDeliveries(queue, recorder, QUICK, clock);
    }

    private static DeliveryAttempt delivery(RetryPolicy policy, Instant receivedAt) {
        ObjectNode envelope = JsonMapper.shared().createObjectNode().put("id", "e-1");
        RuleTarget target = new RuleTarget(
                "jobs",
                QUEUE,
                policy,
                Optional.of(DEAD_LETTERS),
                Optional.empty(),
                JsonMapper.shared().createObjectNode());
        Rule rule = new Rule(
                "jobs",
                "arn:aws:events:us-east-1:000000000000:rule/jobs",
                "default",
                "{}",
                RuleState.ENABLED,
                Optional.empty(),
                List.of(target));
        return new DeliveryAttempt(envelope, "e-1", rule, target, receivedAt, 0);
    }

    /** An SQS target that refuses the first {@code failuresBeforeSuccess} deliveries. */
    private static final class FlakyQueue implements TargetSender {
        final AtomicInteger failuresBeforeSuccess = new AtomicInteger();
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicInteger received = new AtomicInteger();

        @Override
        public void deliver(OutboundEvent delivery) throws DeliveryFailure {
            attempts.incrementAndGet();
            if (failuresBeforeSuccess.getAndDecrement() > 0) {
                throw new DeliveryFailure("RESOURCE_NOT_FOUND", "no such queue", null);
            }
            received.incrementAndGet();
        }
    }
}

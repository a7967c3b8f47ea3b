package dev.tandem.functions.payments;

import dev.tandem.events.OrderPlaced;
import dev.tandem.events.PaymentFailed;
import dev.tandem.events.PaymentSucceeded;
import dev.tandem.events.TandemEvent;
import dev.tandem.functions.platform.EventBusPublisher;
import dev.tandem.functions.platform.RetryLaterException;
import dev.tandem.functions.platform.SqsBatch;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The payment-processor's work for one {@code OrderPlaced}: charge it exactly once, however often
 * it is delivered, and put the outcome on the bus.
 *
 * <p>The order is claimed in the {@link IdempotencyStore} before the provider is called and the
 * outcome stored before it is published. A crash anywhere leaves a state the next delivery
 * finishes: an expired claim is taken over (and the provider's idempotency key makes the repeated
 * charge a no-op), and a stored outcome that was never published is published then.
 */
final class PaymentProcessor {

    private static final Logger log = LoggerFactory.getLogger(PaymentProcessor.class);

    private final IdempotencyStore store;
    private final PaymentProvider provider;
    private final EventBusPublisher publisher;
    private final Clock clock;

    PaymentProcessor(IdempotencyStore store, PaymentProvider provider, EventBusPublisher publisher, Clock clock) {
        this.store = store;
        this.provider = provider;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * @param invocationDeadline when the current invocation will have ended for certain; the claim
     *     on the order lasts until then
     */
    void process(OrderPlaced order, Instant invocationDeadline) {
        MDC.put(SqsBatch.CORRELATION_ID, order.correlationId());
        switch (store.claim(order.orderId(), clock.instant(), invocationDeadline)) {
            case Claim.Completed completed -> {
                log.info(
                        "Order {} was processed before; publishing its {} again",
                        order.orderId(),
                        completed.outcome().type().detailType());
                publisher.publish(completed.outcome());
            }
            case Claim.Busy busy ->
                throw new RetryLaterException("order " + order.orderId()
                        + " is being processed by another delivery, locked until " + busy.lockedUntil());
            case Claim.Acquired acquired -> chargeAndPublish(order, acquired.lockToken());
        }
    }

    private void chargeAndPublish(OrderPlaced order, String lockToken) {
        ChargeOutcome outcome;
        try {
            outcome = provider.charge(new ChargeRequest(order.orderId(), order.total(), order.paymentToken()));
        } catch (ProviderUnavailableException e) {
            store.release(order.orderId(), lockToken);
            throw new RetryLaterException("payment provider unavailable for order " + order.orderId(), e);
        }
        TandemEvent result = resultEvent(order, outcome);
        if (!store.complete(order.orderId(), lockToken, result)) {
            throw new RetryLaterException(
                    "order " + order.orderId() + " was taken over by another delivery before its outcome was stored");
        }
        log.info("Order {}: {}", order.orderId(), result.type().detailType());
        publisher.publish(result);
    }

    private TandemEvent resultEvent(OrderPlaced order, ChargeOutcome outcome) {
        // Derived from the order, so that every publication of this order's outcome carries the
        // same event id and consumers can discard repeats.
        String eventId = UUID.nameUUIDFromBytes(("payment-result:" + order.orderId()).getBytes(StandardCharsets.UTF_8))
                .toString();
        return switch (outcome) {
            case ChargeOutcome.Charged charged ->
                new PaymentSucceeded(
                        eventId,
                        clock.instant(),
                        order.correlationId(),
                        PaymentSucceeded.VERSION,
                        order.orderId(),
                        charged.paymentId(),
                        charged.amount());
            case ChargeOutcome.Refused refused ->
                new PaymentFailed(
                        eventId,
                        clock.instant(),
                        order.correlationId(),
                        PaymentFailed.VERSION,
                        order.orderId(),
                        refused.reason());
        };
    }
}

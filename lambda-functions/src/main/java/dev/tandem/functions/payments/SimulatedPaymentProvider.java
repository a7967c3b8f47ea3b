package dev.tandem.functions.payments;

import dev.tandem.events.PaymentFailureReason;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A deterministic stand-in for a card network's test mode, so that every outcome can be produced
 * on purpose: {@code tok_visa} is charged, {@code tok_chargeDeclined} and {@code
 * tok_insufficientFunds} are refused with those reasons, {@code tok_flaky} is unavailable on the
 * first attempt for an order and charged on the next, and any other token is invalid.
 *
 * <p>Like a real provider it remembers each idempotency key's outcome and answers repeats with it.
 * Its memory is that of one execution environment: on AWS a retry that lands in another one sees
 * {@code tok_flaky} fail once more, which only adds a retry.
 */
final class SimulatedPaymentProvider implements PaymentProvider {

    static final String VISA = "tok_visa";
    static final String CHARGE_DECLINED = "tok_chargeDeclined";
    static final String INSUFFICIENT_FUNDS = "tok_insufficientFunds";
    static final String FLAKY = "tok_flaky";

    private final Map<String, ChargeOutcome> outcomes = new ConcurrentHashMap<>();
    private final Map<String, Integer> requests = new ConcurrentHashMap<>();
    private final Set<String> flakyFailures = ConcurrentHashMap.newKeySet();

    @Override
    public ChargeOutcome charge(ChargeRequest request) {
        String key = request.idempotencyKey();
        requests.merge(key, 1, Integer::sum);
        if (request.paymentToken().equals(FLAKY) && flakyFailures.add(key)) {
            throw new ProviderUnavailableException("the simulated provider timed out for " + key);
        }
        return outcomes.computeIfAbsent(key, unused -> decide(request));
    }

    /** How many charge requests arrived with this idempotency key, including failed ones. */
    int requestsFor(String idempotencyKey) {
        return requests.getOrDefault(idempotencyKey, 0);
    }

    private static ChargeOutcome decide(ChargeRequest request) {
        return switch (request.paymentToken()) {
            case VISA, FLAKY -> new ChargeOutcome.Charged(paymentId(request.idempotencyKey()), request.amount());
            case CHARGE_DECLINED -> new ChargeOutcome.Refused(PaymentFailureReason.CARD_DECLINED);
            case INSUFFICIENT_FUNDS -> new ChargeOutcome.Refused(PaymentFailureReason.INSUFFICIENT_FUNDS);
            default -> new ChargeOutcome.Refused(PaymentFailureReason.INVALID_TOKEN);
        };
    }

    private static String paymentId(String idempotencyKey) {
        UUID id = UUID.nameUUIDFromBytes(("simulated-charge:" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
        return "pay_" + id.toString().replace("-", "");
    }
}

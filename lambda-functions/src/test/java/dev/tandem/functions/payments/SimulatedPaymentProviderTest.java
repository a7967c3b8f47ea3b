package dev.tandem.functions.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.events.Money;
import dev.tandem.events.PaymentFailureReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulatedPaymentProviderTest {

    private static final Money TOTAL = new Money(4900, "EUR");

    private final SimulatedPaymentProvider provider = new SimulatedPaymentProvider();

    @Test
    void chargesTheVisaTestToken() {
        ChargeOutcome outcome = provider.charge(new ChargeRequest("ord-1", TOTAL, "tok_visa"));

        assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.Charged.class, charged -> {
            assertThat(charged.paymentId()).startsWith("pay_");
            assertThat(charged.amount()).isEqualTo(TOTAL);
        });
    }

    @ParameterizedTest
    @CsvSource({
        "tok_chargeDeclined, CARD_DECLINED",
        "tok_insufficientFunds, INSUFFICIENT_FUNDS",
        "tok_unknown, INVALID_TOKEN",
        "'', INVALID_TOKEN"
    })
    void refusesTheOtherTokensWithTheirReason(String token, PaymentFailureReason reason) {
        assertThat(provider.charge(new ChargeRequest("ord-1", TOTAL, token)))
                .isEqualTo(new ChargeOutcome.Refused(reason));
    }

    @Test
    void failsTheFlakyTokenOnceThenChargesIt() {
        ChargeRequest request = new ChargeRequest("ord-2", TOTAL, "tok_flaky");

        assertThatThrownBy(() -> provider.charge(request)).isInstanceOf(ProviderUnavailableException.class);
        assertThat(provider.charge(request)).isInstanceOf(ChargeOutcome.Charged.class);
        assertThat(provider.requestsFor("ord-2")).isEqualTo(2);
    }

    @Test
    void answersARepeatedIdempotencyKeyWithTheFirstOutcome() {
        ChargeOutcome first = provider.charge(new ChargeRequest("ord-3", TOTAL, "tok_visa"));
        ChargeOutcome repeat = provider.charge(new ChargeRequest("ord-3", TOTAL, "tok_chargeDeclined"));

        assertThat(repeat).isEqualTo(first);
        assertThat(provider.requestsFor("ord-3")).isEqualTo(2);
        assertThat(provider.requestsFor("ord-never")).isZero();
    }
}

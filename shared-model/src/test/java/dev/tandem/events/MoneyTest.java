package dev.tandem.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "USD", "JPY", "CHF"})
    void acceptsIsoCurrencies(String code) {
        assertThat(new Money(100, code).currency()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eur", "EURO", "XYZ", "", "€"})
    void rejectsCodesThatAreNotIso4217(String code) {
        assertThatThrownBy(() -> new Money(100, code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'currency'");
    }

    @Test
    void rejectsANegativeAmount() {
        assertThatThrownBy(() -> new Money(-1, "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'amountMinor'");
    }

    @Test
    void multipliesExactly() {
        assertThat(new Money(1250, "EUR").times(3)).isEqualTo(new Money(3750, "EUR"));
        assertThatThrownBy(() -> new Money(Long.MAX_VALUE, "EUR").times(2)).isInstanceOf(ArithmeticException.class);
    }
}

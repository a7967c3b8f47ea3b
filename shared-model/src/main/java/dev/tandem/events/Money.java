package dev.tandem.events;

import java.util.Currency;

/**
 * An amount of money in integer minor units (cents for EUR and USD, yen for JPY) of an ISO 4217
 * currency. Integer minor units, never floating point, so that sums are exact.
 */
public record Money(long amountMinor, String currency) {

    public Money {
        if (amountMinor < 0) {
            throw new IllegalArgumentException("field 'amountMinor' must not be negative, was " + amountMinor);
        }
        Fields.required(currency, "currency");
        if (!isIsoCurrency(currency)) {
            throw new IllegalArgumentException("field 'currency' is not an ISO 4217 code: '" + currency + "'");
        }
    }

    /** Whether {@code code} is an upper-case ISO 4217 currency code that the JDK knows. */
    public static boolean isIsoCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    public Money times(int factor) {
        return new Money(Math.multiplyExact(amountMinor, factor), currency);
    }
}

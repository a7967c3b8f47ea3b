package dev.tandem.functions.payments;

/** The payment provider could not answer (a timeout, a 5xx); nothing was charged, retry later. */
final class ProviderUnavailableException extends RuntimeException {

    ProviderUnavailableException(String message) {
        super(message);
    }
}

package dev.tandem.localcloud.stack.template;

/** A template value that local-cloud cannot resolve to a local name, URL or ARN. */
public final class UnresolvableException extends RuntimeException {

    public UnresolvableException(String message) {
        super(message);
    }
}

package dev.tandem.localcloud.eventbridge.delivery;

/**
 * An {@link TargetSender} could not take an event. The delivery is retried under the target's retry policy; when
 * retries run out, {@link #errorCode()} and the message go into the dead-letter message's {@code ERROR_CODE} and
 * {@code ERROR_MESSAGE} attributes.
 */
public final class DeliveryFailure extends Exception {

    private final String errorCode;

    /**
     * @param errorCode one of the codes AWS uses in dead-letter messages, e.g. {@code RESOURCE_NOT_FOUND}, {@code
     *     THROTTLING}, {@code SDK_CLIENT_ERROR}
     */
    public DeliveryFailure(String errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}

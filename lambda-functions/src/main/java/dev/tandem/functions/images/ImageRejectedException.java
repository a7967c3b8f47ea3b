package dev.tandem.functions.images;

import dev.tandem.events.RejectionReason;

/**
 * An upload that will never become renditions, whatever the number of retries. The resizer turns
 * it into an {@code ImageRejected} event and lets the message succeed.
 */
final class ImageRejectedException extends Exception {

    private final RejectionReason reason;

    ImageRejectedException(RejectionReason reason, String detail) {
        this(reason, detail, null);
    }

    ImageRejectedException(RejectionReason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    RejectionReason reason() {
        return reason;
    }
}

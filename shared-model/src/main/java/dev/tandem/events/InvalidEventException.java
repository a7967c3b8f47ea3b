package dev.tandem.events;

/**
 * A received event or envelope that Tandem cannot accept: not JSON, an unknown {@code detail-type},
 * an unsupported schema {@code version}, or a missing or malformed field. The message names the
 * field (as a path such as {@code lines[0].quantity}) so that the log line of a rejected message
 * says what to fix. Consumers treat it as permanent: retrying the same bytes cannot succeed.
 */
public final class InvalidEventException extends RuntimeException {

    private final String field;

    InvalidEventException(String message, String field, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The path of the offending field, or an empty string when the problem is the whole document. */
    public String field() {
        return field;
    }
}

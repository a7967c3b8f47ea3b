package dev.tandem.events;

import java.util.regex.Pattern;

/**
 * What counts as a correlation id wherever one arrives from outside: an HTTP header at the service,
 * an object's metadata at the image-resizer. Such ids end up in every log line and in events, so
 * only short, plain ones are taken; anything else is replaced by an id of the receiver's own.
 */
public final class CorrelationId {

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private CorrelationId() {}

    /** Whether {@code candidate} may be logged and passed on as it is. */
    public static boolean isAcceptable(String candidate) {
        return candidate != null && ACCEPTABLE.matcher(candidate).matches();
    }
}

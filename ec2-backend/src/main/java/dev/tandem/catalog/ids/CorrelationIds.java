package dev.tandem.catalog.ids;

import dev.tandem.events.CorrelationId;
import org.slf4j.MDC;

/**
 * The correlation id that ties together every log line of one request or event, across the
 * service and the functions it passes through. It lives in the SLF4J {@link MDC} under {@value
 * #MDC_KEY}, so every log line carries it, and travels in events as {@code correlationId}.
 */
public final class CorrelationIds {

    /** The request and response header that carries the id. */
    public static final String HEADER = "X-Correlation-Id";

    /** The MDC key, and the request attribute under which controllers find the request's id. */
    public static final String MDC_KEY = "correlationId";

    private CorrelationIds() {}

    /** The caller's id if it is one this service is willing to log and pass on, else a new one. */
    public static String acceptOrCreate(String candidate) {
        return CorrelationId.isAcceptable(candidate) ? candidate : Ids.newId();
    }

    /** Puts {@code id} in the MDC until the returned handle is closed. */
    public static MDC.MDCCloseable bind(String id) {
        return MDC.putCloseable(MDC_KEY, id);
    }
}

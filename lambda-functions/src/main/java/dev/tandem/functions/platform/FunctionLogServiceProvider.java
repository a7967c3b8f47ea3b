package dev.tandem.functions.platform;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J backend that writes each log event as one JSON object per line on standard output,
 * which is what CloudWatch Logs Insights parses without configuration. The MDC's entries (the
 * function, the message id, the correlation id) become fields of every line. Both the functions'
 * own code and the AWS SDK log through it.
 *
 * <p>Run locally, where a person reads the lines, {@code TANDEM_LOG_FORMAT=text} (which local-cloud
 * sets for its function JVMs) makes each event one readable line instead (see {@link TextLineWriter}),
 * coloured when {@code FORCE_COLOR} or {@code CLICOLOR_FORCE} is set and {@code NO_COLOR} is not:
 * the function's output is a pipe, so it cannot tell a terminal for itself. JSON stays the default,
 * so a deployed function, whose environment says nothing of it, logs JSON.
 *
 * <p>It exists instead of Logback or Log4j because a function pays for every class it loads at
 * cold start: this is four small classes. The threshold comes from {@code AWS_LAMBDA_LOG_LEVEL},
 * which Lambda sets from the function's logging configuration, and defaults to {@code INFO}.
 */
public final class FunctionLogServiceProvider implements SLF4JServiceProvider {

    private final IMarkerFactory markerFactory = new BasicMarkerFactory();
    private final MDCAdapter mdcAdapter = new BasicMDCAdapter();
    private ILoggerFactory loggerFactory;

    @Override
    public void initialize() {
        Level threshold = threshold(System.getenv("AWS_LAMBDA_LOG_LEVEL"));
        Map<String, FunctionLogger> loggers = new ConcurrentHashMap<>();
        LogLineWriter writer = writer(System.getenv(), System.out, mdcAdapter);
        loggerFactory = name -> loggers.computeIfAbsent(name, n -> new FunctionLogger(n, threshold, writer));
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markerFactory;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdcAdapter;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    static LogLineWriter writer(Map<String, String> environment, PrintStream out, MDCAdapter mdc) {
        if (!"text".equalsIgnoreCase(environment.get("TANDEM_LOG_FORMAT"))) {
            return new JsonLineWriter(out, mdc);
        }
        boolean colour = !set(environment.get("NO_COLOR"))
                && (forced(environment.get("FORCE_COLOR")) || forced(environment.get("CLICOLOR_FORCE")));
        return new TextLineWriter(out, mdc, colour);
    }

    private static boolean set(String value) {
        return value != null && !value.isEmpty();
    }

    private static boolean forced(String value) {
        return set(value) && !value.equals("0");
    }

    static Level threshold(String configured) {
        if (configured == null || configured.isBlank()) {
            return Level.INFO;
        }
        return switch (configured.strip().toUpperCase(Locale.ROOT)) {
            case "TRACE" -> Level.TRACE;
            case "DEBUG" -> Level.DEBUG;
            case "WARN" -> Level.WARN;
            case "ERROR", "FATAL" -> Level.ERROR;
            default -> Level.INFO;
        };
    }
}

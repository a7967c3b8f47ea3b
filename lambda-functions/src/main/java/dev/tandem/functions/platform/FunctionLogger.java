package dev.tandem.functions.platform;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** A logger of {@link FunctionLogServiceProvider}: formats the message and hands it to the writer. */
final class FunctionLogger extends LegacyAbstractLogger {

    private final Level threshold;
    private final LogLineWriter writer;

    FunctionLogger(String name, Level threshold, LogLineWriter writer) {
        this.name = name;
        this.threshold = threshold;
        this.writer = writer;
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
            Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
        String message = MessageFormatter.basicArrayFormat(pattern, arguments);
        writer.write(level, name, message, throwable);
    }

    private boolean enabled(Level level) {
        // SLF4J's Level numbers grow with severity: TRACE is 0, ERROR is 40.
        return level.toInt() >= threshold.toInt();
    }
}

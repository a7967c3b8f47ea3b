package dev.tandem.functions.platform;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.slf4j.event.Level;
import org.slf4j.spi.MDCAdapter;

/**
 * Writes one log event as one line a person reads in a terminal: the time, the level, the logger's simple name, the
 * correlation id and the message ({@code 18:40:01.123  INFO PaymentProcessor [c0ffee-42] Order ord-1 is PAID}), in
 * colour when asked to; a throwable's stack trace follows on lines of its own.
 */
final class TextLineWriter implements LogLineWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final String RESET = "\u001b[0m";
    private static final String FAINT = "\u001b[2m";
    private static final String CYAN = "\u001b[36m";

    private final PrintStream out;
    private final MDCAdapter mdc;
    private final boolean colour;

    TextLineWriter(PrintStream out, MDCAdapter mdc, boolean colour) {
        this.out = out;
        this.mdc = mdc;
        this.colour = colour;
    }

    @Override
    public void write(Level level, String logger, String message, Throwable throwable) {
        String correlationId = mdc.get(SqsBatch.CORRELATION_ID);
        StringBuilder line = new StringBuilder(160);
        paint(line, FAINT, LocalTime.now().format(TIME));
        line.append(' ');
        paint(line, levelColour(level), String.format("%5s", level.name()));
        line.append(' ');
        paint(line, CYAN, logger.substring(logger.lastIndexOf('.') + 1));
        line.append(' ');
        paint(line, FAINT, "[" + (correlationId == null ? "" : correlationId) + "]");
        line.append(' ').append(message);
        if (throwable != null) {
            StringWriter trace = new StringWriter();
            throwable.printStackTrace(new PrintWriter(trace));
            line.append(System.lineSeparator()).append(trace.toString().stripTrailing());
        }
        out.println(line);
    }

    private void paint(StringBuilder line, String colourCode, String text) {
        if (colour && colourCode != null) {
            line.append(colourCode).append(text).append(RESET);
        } else {
            line.append(text);
        }
    }

    private static String levelColour(Level level) {
        return switch (level) {
            case ERROR -> "\u001b[31m";
            case WARN -> "\u001b[33m";
            case INFO -> "\u001b[32m";
            case DEBUG, TRACE -> null;
        };
    }
}

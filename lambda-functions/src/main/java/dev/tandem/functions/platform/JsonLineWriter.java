package dev.tandem.functions.platform;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import org.slf4j.event.Level;
import org.slf4j.spi.MDCAdapter;

/** Writes one log event as one line of JSON, escaping by hand to stay free of a JSON library. */
final class JsonLineWriter implements LogLineWriter {

    private final PrintStream out;
    private final MDCAdapter mdc;

    JsonLineWriter(PrintStream out, MDCAdapter mdc) {
        this.out = out;
        this.mdc = mdc;
    }

    @Override
    public void write(Level level, String logger, String message, Throwable throwable) {
        StringBuilder line = new StringBuilder(256);
        line.append('{');
        field(line, "timestamp", Instant.now().toString());
        line.append(',');
        field(line, "level", level.name());
        line.append(',');
        field(line, "logger", logger);
        line.append(',');
        field(line, "message", message);
        Map<String, String> context = mdc.getCopyOfContextMap();
        if (context != null) {
            for (Map.Entry<String, String> entry : context.entrySet()) {
                line.append(',');
                field(line, entry.getKey(), entry.getValue());
            }
        }
        if (throwable != null) {
            StringWriter trace = new StringWriter();
            throwable.printStackTrace(new PrintWriter(trace));
            line.append(',');
            field(line, "error", trace.toString());
        }
        line.append('}');
        out.println(line);
    }

    private static void field(StringBuilder line, String name, String value) {
        string(line, name);
        line.append(':');
        string(line, value == null ? "" : value);
    }

    static void string(StringBuilder line, String value) {
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
    }
}

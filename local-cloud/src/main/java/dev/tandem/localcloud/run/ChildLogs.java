package dev.tandem.localcloud.run;

import java.io.Console;
import java.util.HashMap;
import java.util.Map;

/**
 * How the processes local-cloud starts (the service, each function's JVM) are told to log: as readable text, one line
 * per event ({@code TANDEM_LOG_FORMAT=text}), where deployed they log JSON; and in colour exactly when local-cloud's
 * own output may be coloured. Their output reaches the terminal through a pipe, so they cannot tell for themselves.
 *
 * <p>Colour follows the common conventions: never with {@code NO_COLOR} set (https://no-color.org), always with
 * {@code CLICOLOR_FORCE} or {@code FORCE_COLOR} set (and not {@code 0}), otherwise only when standard output is a
 * terminal, so that no escape codes end up in files or CI logs.
 */
final class ChildLogs {

    static final String FORMAT = "TANDEM_LOG_FORMAT";

    private ChildLogs() {}

    /** The variables to add to a child's environment, given local-cloud's own. */
    static Map<String, String> environment(Map<String, String> own) {
        Map<String, String> child = new HashMap<>();
        child.put(FORMAT, "text");
        if (colour(own, isTerminal())) {
            child.put("FORCE_COLOR", "1");
        } else {
            child.put("NO_COLOR", "1");
        }
        return child;
    }

    static boolean colour(Map<String, String> environment, boolean terminal) {
        if (set(environment.get("NO_COLOR"))) {
            return false;
        }
        if (forced(environment.get("CLICOLOR_FORCE")) || forced(environment.get("FORCE_COLOR"))) {
            return true;
        }
        return terminal;
    }

    /** Whether standard output is a terminal; false when it is piped to a file or a CI log. */
    static boolean isTerminal() {
        Console console = System.console();
        return console != null && console.isTerminal();
    }

    private static boolean set(String value) {
        return value != null && !value.isEmpty();
    }

    private static boolean forced(String value) {
        return set(value) && !value.equals("0");
    }
}

package dev.tandem.localcloud.lambda.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An error as Lambda reports it to the caller of a failed invocation: the {@code errorType} (the
 * exception class for a handler that threw, or Lambda's own type such as {@code Sandbox.Timedout}),
 * the {@code errorMessage}, and the stack trace as the runtime reported it. For a failed init,
 * which Lambda's Java runtime reports without a stack trace, these are the last lines the runtime
 * printed, the stack trace among them; the list is empty when there is nothing to show.
 */
public record FunctionError(String errorType, String errorMessage, List<String> stackTrace) {

    public FunctionError {
        Objects.requireNonNull(errorType, "errorType");
        Objects.requireNonNull(errorMessage, "errorMessage");
        stackTrace = List.copyOf(stackTrace);
    }

    public static FunctionError timedOut(Duration timeout) {
        return new FunctionError(
                "Sandbox.Timedout",
                String.format(Locale.ROOT, "Task timed out after %.2f seconds", timeout.toMillis() / 1000.0),
                List.of());
    }

    public static FunctionError runtimeExited(int exitCode, List<String> lastOutput) {
        return new FunctionError("Runtime.ExitError", "Runtime exited with error: exit status " + exitCode, lastOutput);
    }

    /** The error and its stack trace on several lines, the way a log reader wants to see it. */
    public String describe() {
        StringBuilder text = new StringBuilder(errorType).append(": ").append(errorMessage);
        stackTrace.forEach(
                frame -> text.append(System.lineSeparator()).append("    ").append(frame.strip()));
        return text.toString();
    }
}

package dev.tandem.localcloud.faults;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the durations a fault rule is written with: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}, or ISO-8601. */
final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private Durations() {}

    /**
     * The duration {@code text} names.
     *
     * @throws IllegalArgumentException if it is in neither form, or negative
     */
    static Duration parse(String text) {
        Matcher shortForm = SHORT.matcher(text.trim());
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return switch (shortForm.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
        try {
            Duration duration = Duration.parse(text.trim());
            if (duration.isNegative()) {
                throw new IllegalArgumentException("'" + text + "' is negative");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a duration: write e.g. 500ms, 30s, 2m, 1h or PT30S", e);
        }
    }

    /** The short form, as {@link #parse} reads it back: {@code 1500ms}, {@code 30s}, {@code 2m}. */
    static String format(Duration duration) {
        if (duration.toMillisPart() != 0 || duration.isZero()) {
            return duration.toMillis() + "ms";
        }
        if (duration.toSecondsPart() != 0) {
            return duration.toSeconds() + "s";
        }
        if (duration.toMinutesPart() != 0) {
            return duration.toMinutes() + "m";
        }
        return duration.toHours() + "h";
    }
}

package dev.tandem.lab.figures;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line Lambda writes after each invocation, e.g.
 *
 * <pre>
 * REPORT RequestId: 6bc28136-…\tDuration: 198.50 ms\tBilled Duration: 200 ms\tMemory Size: 512 MB\tMax Memory Used: 90 MB\tInit Duration: 524.75 ms
 * </pre>
 *
 * as shown in https://docs.aws.amazon.com/lambda/latest/dg/java-logging.html. {@code Init Duration}
 * appears only on an invocation that started a new execution environment (a cold start); a function
 * with SnapStart reports {@code Restore Duration} instead, which the lab counts as cold too.
 *
 * @param initMs the environment's init (or SnapStart restore) time; present only on a cold start
 */
public record ReportLine(
        String requestId,
        double durationMs,
        double billedDurationMs,
        int memorySizeMb,
        int maxMemoryUsedMb,
        Optional<Double> initMs) {

    private static final Pattern REPORT = Pattern.compile("REPORT RequestId: (\\S+)\\s+Duration: ([\\d.]+) ms"
            + "\\s+Billed Duration: ([\\d.]+) ms\\s+Memory Size: (\\d+) MB\\s+Max Memory Used: (\\d+) MB"
            + "(?:\\s+(?:Init|Restore) Duration: ([\\d.]+) ms)?");

    /** Whether this invocation paid for a new execution environment. */
    public boolean cold() {
        return initMs.isPresent();
    }

    /** The line's figures, or empty if it is not a REPORT line (START, END, the function's own output). */
    public static Optional<ReportLine> parse(String line) {
        Matcher m = REPORT.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new ReportLine(
                m.group(1),
                Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)),
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)),
                Optional.ofNullable(m.group(6)).map(Double::parseDouble)));
    }
}

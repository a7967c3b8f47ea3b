package dev.tandem.localcloud.trail;

import dev.tandem.localcloud.edge.calls.CallListener;
import dev.tandem.localcloud.edge.calls.CallRecord;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Prints each call as one short line, for {@code ./run-local --trail}:
 *
 * <pre>
 * 12:03:04.123  tandem-image-resizer  s3:GetObject           media/uploads/p1/i1        200    12 ms
 * 12:03:04.140  tandem-image-resizer  s3:PutObject           media/thumbnails/p1/i1     403     3 ms  DENIED
 * 12:03:05.002  tandem-backend        events:PutEvents       event-bus/default          500     1 ms  InternalFailure
 * </pre>
 *
 * A resource is shown without its ARN's prefix; a call with several resources shows the first and how many more.
 */
public final class LiveTrail implements CallListener {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final PrintStream out;
    private final DateTimeFormatter time;

    /** Prints times in {@code zone}. */
    public LiveTrail(PrintStream out, ZoneId zone) {
        this.out = out;
        this.time = TIME.withZone(zone);
    }

    /** Prints times in this machine's time zone. */
    public LiveTrail(PrintStream out) {
        this(out, ZoneId.systemDefault());
    }

    @Override
    public void completed(CallRecord call) {
        out.println(line(call));
    }

    String line(CallRecord call) {
        CallSummary summary = CallSummary.of(call);
        String line = "%s  %-20s  %-24s  %-28s  %3d  %4d ms"
                .formatted(
                        time.format(call.time()),
                        call.principal().name(),
                        summary.action(),
                        resource(summary),
                        call.status(),
                        call.latency().toMillis());
        if (summary.denied()) {
            return line + "  DENIED";
        }
        return summary.outcome().equals(CallSummary.OK) ? line : line + "  " + summary.outcome();
    }

    private static String resource(CallSummary summary) {
        if (summary.resources().isEmpty()) {
            return "-";
        }
        String first = shortName(summary.resources().getFirst());
        int more = summary.resources().size() - 1;
        return more == 0 ? first : first + " (+" + more + ")";
    }

    /** The part of an ARN after its account: {@code arn:aws:s3:::media/a} is {@code media/a}. */
    private static String shortName(String resource) {
        String[] parts = resource.split(":", 6);
        return parts.length == 6 && parts[0].equals("arn") ? parts[5] : resource;
    }
}

package dev.tandem.lab.report;

import dev.tandem.lab.LabResults;
import dev.tandem.lab.LabResults.Part;
import dev.tandem.lab.LabResults.Phase;
import dev.tandem.lab.LabResults.Target;
import dev.tandem.lab.figures.ServiceFigures;
import dev.tandem.lab.load.LatencySummary;
import dev.tandem.lab.load.Pipelines.Timeline;
import java.io.PrintStream;

/** The lab's findings as plain text, for the terminal that ran it. */
public final class SummaryTable {

    private SummaryTable() {}

    public static void print(LabResults results, PrintStream out) {
        out.println();
        out.printf(
                "%-34s %-40s %8s %8s %8s %8s %8s %8s%n",
                "phase", "endpoint / function", "count", "per s", "p50", "p95", "p99", "max");
        for (Phase phase : results.phases()) {
            for (LatencySummary s : phase.endpoints()) {
                row(out, phase.name(), s);
            }
        }
        for (LabResults.Function f : results.functions()) {
            row(out, "Lambda (REPORT lines)", f.cold());
            row(out, "Lambda (REPORT lines)", f.warm());
        }
        for (Timeline t : results.pipelines()) {
            row(out, "end to end", LatencySummary.of(t.name(), t.endToEndMs(), 0, 0, 0));
        }
        out.println();
        out.println(serviceLine(results.service()));
        out.println();
        out.printf(
                "%-20s %-7s %14s %14s %14s %18s%n",
                "part", "today", "per month", "EC2 $/month", "Lambda $/month", "break-even /month");
        for (Part p : results.parts()) {
            out.printf(
                    "%-20s %-7s %14s %14.2f %14.2f %18s%n",
                    p.name(),
                    p.deployedOn(),
                    volume(p.todayPerMonth()),
                    p.todayEc2Dollars(),
                    p.todayLambdaDollars(),
                    p.breakEven().map(SummaryTable::volume).orElse("none in 1k..1G"));
        }
        out.println();
        for (Target t : results.targets()) {
            out.printf(
                    "%-4s %-30s %s against %s: ratio %.2f (goal: %s)%n",
                    t.pass() ? "PASS" : "MISS", t.name(), t.measured(), t.reference(), t.ratio(), t.goal());
        }
        results.notes().forEach(n -> out.println("note: " + n));
    }

    /** The service's CPU, memory and time per request, or n/a where it does not expose them. */
    public static String serviceLine(ServiceFigures s) {
        return String.format(
                "service over the steady mix: %,.0f requests; mean server time %s; CPU per request %s; resident memory %s",
                s.requests(),
                s.meanServerMs().map(ms -> String.format("%.2f ms", ms)).orElse("n/a"),
                s.cpuMsPerRequest().map(ms -> String.format("%.2f ms", ms)).orElse("n/a"),
                s.residentMb().map(mb -> String.format("%.0f MB", mb)).orElse("n/a"));
    }

    private static void row(PrintStream out, String phase, LatencySummary s) {
        out.printf(
                "%-34s %-40s %8d %8.1f %8.1f %8.1f %8.1f %8.1f%n",
                phase, s.name(), s.count(), s.throughput(), s.p50(), s.p95(), s.p99(), s.max());
    }

    private static String volume(double v) {
        if (v >= 1e9) {
            return String.format("%.1f G", v / 1e9);
        }
        if (v >= 1e6) {
            return String.format("%.1f M", v / 1e6);
        }
        return v >= 1e3 ? String.format("%.0f k", v / 1e3) : String.format("%.0f", v);
    }
}

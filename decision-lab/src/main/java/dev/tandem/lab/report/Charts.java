package dev.tandem.lab.report;

import dev.tandem.lab.LabResults;
import dev.tandem.lab.LabResults.CostPoint;
import dev.tandem.lab.load.LatencySummary;
import dev.tandem.lab.load.Pipelines.Item;
import dev.tandem.lab.load.Pipelines.Timeline;
import java.util.Arrays;
import java.util.List;

/** The report's three kinds of chart, each an SVG string. */
final class Charts {

    static final String EC2_COLOUR = "#d9480f";
    static final String LAMBDA_COLOUR = "#1c7ed6";
    private static final String AXIS = "#555";
    private static final String GRID = "#ddd";
    private static final int WIDTH = 480;
    private static final int HEIGHT = 300;
    private static final double LEFT = 62;
    private static final double RIGHT = 16;
    private static final double TOP = 28;
    private static final double BOTTOM = 40;

    private Charts() {}

    /** The month's cost against the month's volume, both on log scales, with the break-even and today. */
    static String cost(LabResults.Part part) {
        List<CostPoint> curve = part.curve();
        double yMin = Math.floor(Math.log10(Math.max(
                0.01,
                curve.stream()
                        .mapToDouble(p -> Math.min(p.ec2Dollars(), p.lambdaDollars()))
                        .min()
                        .orElse(0.01))));
        double yMax = Math.ceil(Math.log10(Math.max(
                1,
                curve.stream()
                        .mapToDouble(p -> Math.max(p.ec2Dollars(), p.lambdaDollars()))
                        .max()
                        .orElse(1))));
        Scale x = new Scale(3, 9, LEFT, WIDTH - RIGHT);
        Scale y = new Scale(yMin, yMax, HEIGHT - BOTTOM, TOP);
        Svg svg = new Svg(WIDTH, HEIGHT, part.name() + ": monthly cost against monthly volume");
        svg.text(WIDTH / 2.0, 16, "middle", "#000", part.name() + " (runs on " + part.deployedOn() + " today)");
        String[] volumes = {"1k", "10k", "100k", "1M", "10M", "100M", "1G"};
        for (int d = 3; d <= 9; d++) {
            svg.line(x.at(d), TOP, x.at(d), HEIGHT - BOTTOM, GRID, "")
                    .text(x.at(d), HEIGHT - BOTTOM + 14, "middle", AXIS, volumes[d - 3]);
        }
        for (double d = yMin; d <= yMax; d++) {
            svg.line(LEFT, y.at(d), WIDTH - RIGHT, y.at(d), GRID, "")
                    .text(LEFT - 4, y.at(d) + 4, "end", AXIS, dollars(Math.pow(10, d)));
        }
        svg.text(WIDTH / 2.0, HEIGHT - 6, "middle", AXIS, "units of work a month (log)");
        double[] xs =
                curve.stream().mapToDouble(p -> x.at(Math.log10(p.volume()))).toArray();
        svg.polyline(xs, ys(curve.stream().mapToDouble(CostPoint::ec2Dollars).toArray(), y), EC2_COLOUR, 2);
        svg.polyline(xs, ys(curve.stream().mapToDouble(CostPoint::lambdaDollars).toArray(), y), LAMBDA_COLOUR, 2);
        part.breakEven().ifPresent(v -> {
            double at = x.at(Math.log10(v));
            svg.line(at, TOP, at, HEIGHT - BOTTOM, "#000", "4 3").text(at + 3, TOP + 24, "start", "#000", "break-even");
        });
        if (part.todayPerMonth() >= 1e3 && part.todayPerMonth() <= 1e9) {
            double at = x.at(Math.log10(part.todayPerMonth()));
            svg.line(at, TOP, at, HEIGHT - BOTTOM, "#2b8a3e", "2 2")
                    .text(at + 3, TOP + 38, "start", "#2b8a3e", "today");
        }
        svg.rect(LEFT + 8, TOP + 2, 10, 3, EC2_COLOUR).text(LEFT + 22, TOP + 7, "start", AXIS, "EC2");
        svg.rect(LEFT + 52, TOP + 2, 10, 3, LAMBDA_COLOUR).text(LEFT + 66, TOP + 7, "start", AXIS, "Lambda");
        return svg.toString();
    }

    /** Each function's p50, p95, p99 and max, cold and warm, on a log scale of milliseconds. */
    static String latencies(List<LabResults.Function> functions) {
        int rows = Math.max(1, functions.size() * 2);
        int height = (int) (TOP + BOTTOM + rows * 64);
        Svg svg = new Svg(WIDTH + 120, height, "Lambda latencies, cold and warm");
        double max = functions.stream()
                .mapToDouble(f -> Math.max(f.cold().max(), f.warm().max()))
                .max()
                .orElse(10);
        Scale x = new Scale(0, Math.ceil(Math.log10(Math.max(10, max))), LEFT + 120, WIDTH + 100);
        for (int d = 0; d <= (int) x.to; d++) {
            svg.line(x.at(d), TOP, x.at(d), height - BOTTOM, GRID, "")
                    .text(x.at(d), height - BOTTOM + 14, "middle", AXIS, (long) Math.pow(10, d) + " ms");
        }
        double row = TOP;
        String[] names = {"p50", "p95", "p99", "max"};
        for (LabResults.Function f : functions) {
            for (LatencySummary s : List.of(f.cold(), f.warm())) {
                svg.text(LEFT + 112, row + 14, "end", "#000", s.name() + " ×" + s.count());
                double[] values = {s.p50(), s.p95(), s.p99(), s.max()};
                for (int i = 0; i < values.length; i++) {
                    double top = row + 4 + i * 14;
                    double end = values[i] > 1 ? x.at(Math.log10(values[i])) : x.at(0);
                    svg.rect(x.at(0), top, end - x.at(0), 11, s.name().endsWith("(cold)") ? "#74c0fc" : LAMBDA_COLOUR)
                            .text(end + 4, top + 9, "start", AXIS, String.format("%s %.0f ms", names[i], values[i]));
                }
                row += 64;
            }
        }
        if (functions.isEmpty()) {
            svg.text(WIDTH / 2.0, TOP + 30, "middle", AXIS, "no REPORT lines were written during the run");
        }
        return svg.toString();
    }

    /** How many items had been accepted, and how many had settled as wanted, against time. */
    static String timeline(Timeline timeline, double deadlineSeconds) {
        List<Item> items = timeline.items();
        double[] accepted = items.stream()
                .mapToDouble(Item::acceptedMs)
                .filter(t -> t >= 0)
                .sorted()
                .toArray();
        double[] done = items.stream()
                .filter(i -> i.outcome().equals(timeline.wanted()))
                .mapToDouble(Item::doneMs)
                .sorted()
                .toArray();
        double end = Math.max(deadlineSeconds, Math.max(last(accepted), last(done)) / 1000) * 1.05;
        Scale x = new Scale(0, end, LEFT, WIDTH - RIGHT);
        Scale y = new Scale(0, Math.max(1, items.size()), HEIGHT - BOTTOM, TOP);
        Svg svg = new Svg(WIDTH, HEIGHT, timeline.name());
        svg.text(WIDTH / 2.0, 16, "middle", "#000", timeline.name());
        double step = Math.pow(10, Math.floor(Math.log10(end)));
        for (double t = 0; t <= end; t += step) {
            svg.line(x.at(t), TOP, x.at(t), HEIGHT - BOTTOM, GRID, "")
                    .text(x.at(t), HEIGHT - BOTTOM + 14, "middle", AXIS, String.format("%.0f s", t));
        }
        svg.line(LEFT, y.at(items.size()), WIDTH - RIGHT, y.at(items.size()), GRID, "")
                .text(LEFT - 4, y.at(items.size()) + 4, "end", AXIS, Integer.toString(items.size()))
                .text(LEFT - 4, y.at(0) + 4, "end", AXIS, "0");
        svg.line(x.at(deadlineSeconds), TOP, x.at(deadlineSeconds), HEIGHT - BOTTOM, "#000", "4 3")
                .text(x.at(deadlineSeconds) - 3, TOP + 10, "end", "#000", "deadline");
        svg.polyline(steps(accepted, x, y), stepYs(accepted, y), "#868e96", 2);
        svg.polyline(steps(done, x, y), stepYs(done, y), "#2b8a3e", 2);
        svg.rect(LEFT + 8, TOP + 2, 10, 3, "#868e96").text(LEFT + 22, TOP + 7, "start", AXIS, "accepted");
        svg.rect(LEFT + 82, TOP + 2, 10, 3, "#2b8a3e").text(LEFT + 96, TOP + 7, "start", AXIS, timeline.wanted());
        svg.text(WIDTH / 2.0, HEIGHT - 6, "middle", AXIS, "seconds since the first request");
        return svg.toString();
    }

    private static double[] ys(double[] dollars, Scale y) {
        return Arrays.stream(dollars)
                .map(d -> y.at(Math.max(y.from, Math.log10(Math.max(d, 1e-9)))))
                .toArray();
    }

    /** x positions of a cumulative staircase through sorted times (ms), starting at 0. */
    private static double[] steps(double[] sortedMs, Scale x, Scale y) {
        double[] xs = new double[sortedMs.length * 2 + 1];
        xs[0] = x.at(0);
        for (int i = 0; i < sortedMs.length; i++) {
            xs[2 * i + 1] = x.at(sortedMs[i] / 1000);
            xs[2 * i + 2] = x.at(sortedMs[i] / 1000);
        }
        return xs;
    }

    private static double[] stepYs(double[] sortedMs, Scale y) {
        double[] ys = new double[sortedMs.length * 2 + 1];
        ys[0] = y.at(0);
        for (int i = 0; i < sortedMs.length; i++) {
            ys[2 * i + 1] = y.at(i);
            ys[2 * i + 2] = y.at(i + 1);
        }
        return ys;
    }

    private static double last(double[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    static String dollars(double d) {
        return d >= 1 ? String.format("$%,.0f", d) : String.format("$%.2f", d);
    }

    /** Maps a value in {@code from..to} onto pixels {@code start..end}. */
    private record Scale(double from, double to, double start, double end) {
        double at(double value) {
            return start + (value - from) / (to - from) * (end - start);
        }
    }
}

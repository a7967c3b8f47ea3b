package dev.tandem.lab;

import dev.tandem.lab.cost.PriceTable;
import dev.tandem.lab.report.HtmlReport;
import dev.tandem.lab.report.SummaryTable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decision lab: measures the running stack through its public API and Lambda's REPORT lines,
 * prices each of the shop's four parts on EC2 and on Lambda, and writes {@code
 * <runDir>/lab/report.html}, {@code <runDir>/lab/results.json} and each part's cost chart on its own ({@code
 * cost-<part>.svg}).
 *
 * <p>From the command line (the stack already running, e.g. with {@code ./run-local}):
 *
 * <pre>
 * java -cp … dev.tandem.lab.DecisionLab --token ADMIN_TOKEN [--api http://localhost:8080/]
 *     [--run-dir target/run-local] [--budget 200]
 * </pre>
 *
 * In-process, e.g. from local-cloud: {@code DecisionLab.run(new LabSettings(api, token, runDir,
 * Duration.ofSeconds(200)))}.
 */
public final class DecisionLab {

    static final String USAGE = "usage: DecisionLab --token ADMIN_TOKEN [--api URL] [--run-dir DIR] [--budget SECONDS]";

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private DecisionLab() {}

    public static void main(String[] args) throws Exception {
        LabSettings settings;
        try {
            settings = LabSettings.fromArguments(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LabResults results = run(settings);
        System.exit(results.targets().stream().allMatch(LabResults.Target::pass) ? 0 : 1);
    }

    /** Runs the lab against the stack {@code settings} names, printing progress and a summary to stdout. */
    public static LabResults run(LabSettings settings) throws Exception {
        return run(settings, System.out);
    }

    /** As {@link #run(LabSettings)}, printing to {@code out}. */
    public static LabResults run(LabSettings settings, PrintStream out) throws Exception {
        out.printf(
                "Decision lab against %s (budget %d s)%n",
                settings.api(), settings.budget().toSeconds());
        LabResults results = new LabRun(settings, out).run();
        Path written = write(results, settings.runDirectory().resolve("lab"));
        SummaryTable.print(results, out);
        out.printf("%nReport: %s%n", written.toAbsolutePath());
        return results;
    }

    /** Writes the report and the results into {@code directory}; answers the report's path. */
    static Path write(LabResults results, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path report = directory.resolve("report.html");
        Files.writeString(report, HtmlReport.render(results, PriceTable.US_EAST_1), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("results.json"), JSON.writeValueAsString(results), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> chart : HtmlReport.costCharts(results).entrySet()) {
            Files.writeString(directory.resolve(chart.getKey()), chart.getValue(), StandardCharsets.UTF_8);
        }
        return report;
    }
}

package dev.tandem.lab.report;

import static dev.tandem.lab.report.Svg.escape;

import dev.tandem.lab.LabResults;
import dev.tandem.lab.LabResults.Answer;
import dev.tandem.lab.LabResults.Part;
import dev.tandem.lab.LabResults.Phase;
import dev.tandem.lab.LabResults.Target;
import dev.tandem.lab.cost.Price;
import dev.tandem.lab.cost.PriceTable;
import dev.tandem.lab.load.LatencySummary;
import dev.tandem.lab.load.Pipelines.Timeline;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The lab's report: one XHTML page (well-formed XML, so any XML tool can read it) whose charts are
 * inline SVG. It loads nothing: no scripts, fonts, style sheets or images from anywhere, so it reads
 * the same from a file, from the service, or offline.
 */
public final class HtmlReport {

    private HtmlReport() {}

    /** The page for {@code results}, priced with {@code prices}. */
    /**
     * Each part's cost chart as a standalone SVG document, by a file name made of the part's name ({@code
     * cost-payment-processor.svg}), for pages that show one chart without the report around it.
     */
    public static Map<String, String> costCharts(LabResults results) {
        Map<String, String> charts = new LinkedHashMap<>();
        for (LabResults.Part part : results.parts()) {
            String slug = part.name()
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("(^-|-$)", "");
            charts.put("cost-" + slug + ".svg", Charts.cost(part));
        }
        return charts;
    }

    public static String render(LabResults results, PriceTable prices) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>")
                .append("<meta charset=\"utf-8\"/><title>Tandem decision lab</title><style>")
                .append("body{font-family:sans-serif;max-width:1040px;margin:2em auto;padding:0 1em;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;")
                .append("text-align:right;font-size:13px}th{background:#f1f3f5}td.l,th.l{text-align:left}")
                .append(".pass{color:#2b8a3e;font-weight:bold}.miss{color:#c92a2a;font-weight:bold}")
                .append("figure{display:inline-block;margin:0.5em}</style></head><body>\n")
                .append("<h1>Tandem decision lab: EC2 or Lambda, measured and priced</h1>\n")
                .append(String.format(
                        "<p>Run started %s, took %.0f s. Prices: AWS list prices for %s, checked %s.</p>%n",
                        escape(results.startedAt()), results.seconds(), prices.region(), results.pricesChecked()));
        targets(html, results);
        parts(html, results);
        html.append("<h2>Lambda: cold and warm invocations</h2>\n<figure>")
                .append(Charts.latencies(results.functions()))
                .append("</figure>\n");
        functions(html, results);
        html.append("<h2>The two pipelines</h2>\n");
        for (Timeline timeline : results.pipelines()) {
            html.append("<figure>").append(Charts.timeline(timeline, 60)).append("</figure>\n");
        }
        pipelines(html, results);
        html.append("<h2>Endpoints, phase by phase</h2>\n");
        phases(html, results);
        html.append("<h2>The service's own figures</h2>\n<p>")
                .append(escape(SummaryTable.serviceLine(results.service())))
                .append("</p>\n");
        if (!results.notes().isEmpty()) {
            html.append("<h2>Notes</h2>\n<ul>");
            results.notes().forEach(n -> html.append("<li>").append(escape(n)).append("</li>"));
            html.append("</ul>\n");
        }
        priceTable(html, prices);
        return html.append("</body></html>\n").toString();
    }

    private static void targets(StringBuilder html, LabResults results) {
        html.append("<h2>Targets</h2>\n<table><tr><th class=\"l\">target</th><th class=\"l\">measured</th>"
                + "<th class=\"l\">against</th><th>ratio</th><th class=\"l\">goal</th><th>result</th></tr>");
        for (Target t : results.targets()) {
            html.append(String.format(
                    "<tr><td class=\"l\">%s</td><td class=\"l\">%s</td><td class=\"l\">%s</td><td>%.2f</td>"
                            + "<td class=\"l\">%s</td><td class=\"%s\">%s</td></tr>",
                    escape(t.name()),
                    escape(t.measured()),
                    escape(t.reference()),
                    t.ratio(),
                    escape(t.goal()),
                    t.pass() ? "pass" : "miss",
                    t.pass() ? "PASS" : "MISS"));
        }
        html.append("</table>\n");
    }

    private static void parts(StringBuilder html, LabResults results) {
        html.append("<h2>What each part costs a month, both ways</h2>\n<p>")
                .append(
                        "Each chart prices one part on EC2 (orange) and on Lambda (blue) from 1,000 to 1,000,000,000 units")
                .append(" of work a month; the dashed line is where they cost the same, the green one is the")
                .append(" steady mix's measured rate kept up for a month.</p>\n");
        for (Part part : results.parts()) {
            html.append("<figure>").append(Charts.cost(part)).append("</figure>\n");
        }
        for (Part part : results.parts()) {
            html.append("<h3>")
                    .append(escape(part.name()))
                    .append(" — on ")
                    .append(part.deployedOn())
                    .append(
                            " today</h3>\n<table><tr><th class=\"l\">question</th><th class=\"l\">answer from the numbers</th>"
                                    + "<th class=\"l\">leans to</th></tr>");
            for (Answer a : part.answers()) {
                html.append(String.format(
                        "<tr><td class=\"l\">%s</td><td class=\"l\">%s</td><td class=\"l\">%s</td></tr>",
                        escape(a.question()), escape(a.answer()), escape(a.leansTo())));
            }
            html.append("</table>\n");
        }
    }

    private static void functions(StringBuilder html, LabResults results) {
        html.append("<table><tr><th class=\"l\">function</th><th>memory</th><th>max used</th><th>mean billed</th>"
                + "<th>cold</th><th>cold p50</th><th>warm</th><th>warm p50</th><th>warm p99</th></tr>");
        for (LabResults.Function f : results.functions()) {
            html.append(String.format(
                    "<tr><td class=\"l\">%s</td><td>%d MB</td><td>%d MB</td><td>%.0f ms</td><td>%d</td>"
                            + "<td>%.0f ms</td><td>%d</td><td>%.0f ms</td><td>%.0f ms</td></tr>",
                    escape(f.name()),
                    f.memorySizeMb(),
                    f.maxMemoryUsedMb(),
                    f.meanBilledMs(),
                    f.cold().count(),
                    f.cold().p50(),
                    f.warm().count(),
                    f.warm().p50(),
                    f.warm().p99()));
        }
        html.append("</table>\n");
    }

    private static void pipelines(StringBuilder html, LabResults results) {
        html.append("<table><tr><th class=\"l\">pipeline</th><th>items</th><th>reached</th><th>p50</th><th>p95</th>"
                + "<th>p99</th><th>max</th><th>last at</th></tr>");
        for (Timeline t : results.pipelines()) {
            LatencySummary e2e = LatencySummary.of(t.name(), t.endToEndMs(), 0, 0, 0);
            html.append(String.format(
                    "<tr><td class=\"l\">%s</td><td>%d</td><td>%d %s</td><td>%.0f ms</td><td>%.0f ms</td>"
                            + "<td>%.0f ms</td><td>%.0f ms</td><td>%.1f s</td></tr>",
                    escape(t.name()),
                    t.items().size(),
                    t.reached(),
                    escape(t.wanted()),
                    e2e.p50(),
                    e2e.p95(),
                    e2e.p99(),
                    e2e.max(),
                    t.lastDoneMs() / 1000));
        }
        html.append("</table>\n");
    }

    private static void phases(StringBuilder html, LabResults results) {
        html.append("<table><tr><th class=\"l\">phase</th><th class=\"l\">endpoint</th><th>answers</th>"
                + "<th>errors</th><th>dropped</th><th>per s</th><th>p50</th><th>p95</th><th>p99</th><th>max</th></tr>");
        for (Phase phase : results.phases()) {
            for (LatencySummary s : phase.endpoints()) {
                html.append(String.format(
                        "<tr><td class=\"l\">%s</td><td class=\"l\">%s</td><td>%d</td><td>%d</td><td>%d</td>"
                                + "<td>%.0f</td><td>%.1f</td><td>%.1f</td><td>%.1f</td><td>%.1f</td></tr>",
                        escape(phase.name() + " (" + phase.description() + ")"),
                        escape(s.name()),
                        s.count(),
                        s.errors(),
                        s.dropped(),
                        s.throughput(),
                        s.p50(),
                        s.p95(),
                        s.p99(),
                        s.max()));
            }
        }
        html.append(
                "</table>\n<p>Latencies in ms, counted from when the schedule meant each request to be sent.</p>\n");
    }

    private static void priceTable(StringBuilder html, PriceTable prices) {
        Map<String, Price> rows = new LinkedHashMap<>();
        rows.put("Lambda duration", prices.lambdaArmGbSecond());
        rows.put("Lambda requests", prices.lambdaRequests());
        rows.put("Lambda function URL", prices.functionUrlRequests());
        rows.put("API Gateway HTTP API", prices.apiGatewayHttpRequests());
        rows.put("EC2 " + prices.instanceType(), prices.instanceHour());
        rows.put("Application Load Balancer", prices.albHour());
        rows.put("ALB capacity", prices.albLcuHour());
        rows.put("SQS", prices.sqsRequests());
        rows.put("EventBridge", prices.eventBridgeCustomEvents());
        rows.put("S3 PUT", prices.s3Puts());
        rows.put("S3 GET", prices.s3Gets());
        rows.put("DynamoDB writes", prices.dynamoDbWriteUnits());
        rows.put("DynamoDB reads", prices.dynamoDbReadUnits());
        html.append(String.format(
                "<h2>Prices used (%s, checked %s, free tiers left out)</h2>%n", prices.region(), prices.checked()));
        html.append(
                "<table><tr><th class=\"l\">item</th><th>price</th><th class=\"l\">per</th><th class=\"l\">source</th></tr>");
        rows.forEach((name, p) -> html.append(String.format(
                "<tr><td class=\"l\">%s</td><td>$%s</td><td class=\"l\">%,.0f %s</td><td class=\"l\">%s</td></tr>",
                escape(name),
                stripZeros(p.dollars()),
                p.per(),
                escape(p.unit()),
                escape(p.source().toString()))));
        html.append("</table>\n");
    }

    private static String stripZeros(double d) {
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
}

package dev.tandem.lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.lab.LabResults;
import dev.tandem.lab.LabResults.Answer;
import dev.tandem.lab.LabResults.CostPoint;
import dev.tandem.lab.cost.BreakEven;
import dev.tandem.lab.cost.Compute;
import dev.tandem.lab.cost.CostModel;
import dev.tandem.lab.cost.PriceTable;
import dev.tandem.lab.cost.ServiceCalls;
import dev.tandem.lab.cost.Workload;
import dev.tandem.lab.figures.ServiceFigures;
import dev.tandem.lab.load.LatencySummary;
import dev.tandem.lab.load.Pipelines.Item;
import dev.tandem.lab.load.Pipelines.Timeline;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class HtmlReportTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @Test
    void writesWellFormedXhtmlWithACostChartPerPartALatencyChartAndTwoTimelines() throws Exception {
        String html = HtmlReport.render(results(), PriceTable.US_EAST_1);

        Document page = parse(html);

        assertThat(page.getElementsByTagNameNS(XHTML, "h1").getLength()).isEqualTo(1);
        // Two parts' cost charts, the latency chart and two pipeline timelines.
        assertThat(page.getElementsByTagNameNS(SVG, "svg").getLength()).isEqualTo(5);
        assertThat(page.getElementsByTagNameNS(SVG, "polyline").getLength()).isEqualTo(2 * 2 + 2 * 2);
        assertThat(html)
                .contains("break-even", "Is it event-driven?", "PASS", "https://aws.amazon.com/lambda/pricing/");
    }

    @Test
    void loadsNothingFromAnywhere() {
        String html = HtmlReport.render(results(), PriceTable.US_EAST_1);

        assertThat(html).doesNotContain("<script", "<link", "@import", "src=\"http", "url(");
    }

    @Test
    void escapesWhatItIsGiven() throws Exception {
        LabResults results = results();
        List<String> notes = List.of("a <note> & \"quotes\"");
        LabResults withNote = new LabResults(
                results.startedAt(),
                results.seconds(),
                results.pricesChecked(),
                results.phases(),
                results.functions(),
                results.service(),
                results.pipelines(),
                results.parts(),
                results.targets(),
                notes);

        Document page = parse(HtmlReport.render(withNote, PriceTable.US_EAST_1));

        assertThat(page.getDocumentElement().getTextContent()).contains("a <note> & \"quotes\"");
    }

    @Test
    void printsASummaryWithTheBreakEvensAndTheTargets() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        SummaryTable.print(results(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String summary = bytes.toString(StandardCharsets.UTF_8);
        assertThat(summary)
                .contains("break-even /month", "image resizer", "PASS catalog throughput", "CPU per request n/a");
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static LabResults results() {
        CostModel model = CostModel.forTemplate();
        List<LabResults.Part> parts = List.of(
                part(
                        model,
                        new Workload("catalog + orders", Compute.EC2, true, 4, 1024, 2, 0, 3, 2, ServiceCalls.NONE)),
                part(
                        model,
                        new Workload(
                                "image resizer",
                                Compute.LAMBDA,
                                false,
                                800,
                                1024,
                                800,
                                300,
                                20,
                                0,
                                ServiceCalls.NONE)));
        LatencySummary catalog = LatencySummary.of("GET /api/products/{id}", new double[] {1, 2, 3, 40}, 0, 0, 2);
        LabResults.Function resizer = new LabResults.Function(
                "sandbox-tandem-image-resizer",
                LatencySummary.of("resizer (cold)", new double[] {2500}, 0, 0, 0),
                LatencySummary.of("resizer (warm)", new double[] {300, 320, 900}, 0, 0, 0),
                1024,
                310,
                420);
        Timeline orders = new Timeline(
                "orders to PAID",
                "PAID",
                List.of(
                        new Item("/api/orders/1", 0, 20, 900, "PAID"),
                        new Item("/api/orders/2", 5, 30, -1, "pending")));
        Timeline uploads = new Timeline(
                "uploads to READY", "READY", List.of(new Item("/api/products/p/images/i", 0, 40, 2500, "READY")));
        return new LabResults(
                "2026-12-03T18:00:00Z",
                180,
                "2026-12-03",
                List.of(new LabResults.Phase("catalog", "open loop", List.of(catalog))),
                List.of(resizer),
                new ServiceFigures(100, 0.4, Optional.empty(), Optional.empty()),
                List.of(orders, uploads),
                parts,
                List.of(new LabResults.Target("catalog throughput", "900/s", "1,500/s", 0.6, "at least 0.50", true)),
                List.of());
    }

    private static LabResults.Part part(CostModel model, Workload work) {
        List<CostPoint> curve = new ArrayList<>();
        for (int i = 0; i <= 60; i++) {
            double v = Math.pow(10, 3 + i / 10.0);
            curve.add(new CostPoint(
                    v,
                    model.monthly(work, Compute.EC2, v),
                    model.monthly(work, Compute.LAMBDA, v),
                    model.instances(work, v)));
        }
        double today = 2_000_000;
        return new LabResults.Part(
                work.part(),
                work.deployedOn(),
                work,
                today,
                BreakEven.of(model, work).stream().boxed().findFirst(),
                model.monthly(work, Compute.EC2, today),
                model.monthly(work, Compute.LAMBDA, today),
                curve,
                List.of(new Answer("Is it event-driven?", "No", "EC2")));
    }
}

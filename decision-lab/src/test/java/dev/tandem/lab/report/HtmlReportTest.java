package dev.tandem.lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.lab.LabResults;
import dev.tandem.lab.SampleResults;
import dev.tandem.lab.cost.PriceTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        return SampleResults.results();
    }
}

package dev.tandem.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.tandem.lab.DecisionLab;
import dev.tandem.lab.LabResults;
import dev.tandem.lab.LabSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The decision lab, shortened, against the running shop: it drives the shop through its API, reads the functions'
 * REPORT lines that local-cloud wrote into the run directory and the service's own metrics, prices the four parts,
 * and the service serves the report at {@code /lab.html}, which a browser renders with its charts. The full lab is
 * {@code ./run-local --lab}; this run gets a tenth of its time, enough for every phase to measure something.
 */
@ExtendWith({TargetCondition.class, TandemExtension.class})
class DecisionLabIT {

    /** The run directory the suite's local-cloud writes the functions' logs into (see {@link TandemExtension}). */
    private static final Path RUN_DIRECTORY = Path.of("target", "e2e-run");

    private final RunningTandem tandem;

    DecisionLabIT(RunningTandem tandem) {
        this.tandem = tandem;
    }

    @Test
    void theLabMeasuresAndPricesEveryPartAndTheServiceShowsItsReport() throws Exception {
        assumeTrue(
                E2eTarget.configured() == E2eTarget.LOCAL,
                "skipped: the functions' REPORT lines and the lab's report live in local-cloud's run directory");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        LabResults results = DecisionLab.run(
                new LabSettings(tandem.serviceUri(), tandem.adminToken(), RUN_DIRECTORY, Duration.ofSeconds(20)),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(results.parts()).extracting(LabResults.Part::name).hasSize(4);
        assertThat(results.parts()).allSatisfy(part -> assertThat(part.curve()).isNotEmpty());
        // Both functions ran during the lab (uploads, orders), so their REPORT lines were read, not fallbacks.
        assertThat(results.functions())
                .extracting(LabResults.Function::name)
                .anyMatch(name -> name.contains("image-resizer"))
                .anyMatch(name -> name.contains("payment-processor"));
        assertThat(results.functions())
                .allSatisfy(function -> assertThat(function.memorySizeMb()).isPositive());
        assertThat(results.targets()).hasSize(3);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("break-even");

        try (Chromium chromium = Chromium.launch()) {
            Page page = chromium.newPage();
            Response served =
                    page.navigate(tandem.serviceUri().resolve("/lab.html").toString());
            assertThat(served.status()).isEqualTo(200);
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING)
                            .first())
                    .containsText("decision lab");
            // The four cost charts, the latencies and the two pipelines' timelines, drawn as inline SVG.
            assertThat(page.locator("svg").count()).isGreaterThanOrEqualTo(6);
            assertThat(page.locator("script")).hasCount(0);
            chromium.screenshot(page, "lab");
        }
    }
}
